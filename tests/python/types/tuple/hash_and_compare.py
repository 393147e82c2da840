print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash(('a', 'b')), hash((None,)), hash((1.5, -1)))
print(hash((1, 2)) == hash((1.0, 2.0)), hash((0,)) == hash((False,)))
vals = [(), (1,), (1, 2), (1, 2, 3), (2,), (0, 9), ((1,),) if False else (1, 1)]
print(sorted(vals), max(vals), min(vals))
try:
    (1, 'a') < (1, 2)
except TypeError as e:
    print(e)
print((1, 'a') < (2, 2), (float('nan'),) == (float('nan'),))
n = float('nan')
print((n,) == (n,), [n] == [n])
