x = 'outer'
lst = [x for x in range(3)]
print(lst, x)
s = {y * 2 for y in 'ab'}
print(sorted(s))
d = {k: v for k, v in zip('abc', range(3))}
print(d)
g = (i for i in range(3))
print(list(g))
print('i' in globals(), 'k' in globals())
def f():
    n = 10
    return [n + i for i in range(3)]
print(f())
class C:
    base = 5
    vals = [i for i in range(3)]
    try:
        bad = [base + i for i in range(3)]
    except NameError as e:
        err = str(e)
print(C.vals, C.err)
