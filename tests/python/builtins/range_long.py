r = range(1 << 100)
it = iter(r)
print(type(it).__name__, next(it), next(it))
print(r, r[5], r[-1], (1 << 99) in r, -1 in r, r.start, r.stop, r.step)
try:
    len(r)
except OverflowError as e:
    print(e)
print(r[::2], r[10:20], len(r[10:20]), list(r[10:13]))
print(range(0, 1 << 70, 1 << 68) == range(0, 1 << 70, 1 << 68), hash(range(1 << 70)) == hash(range(1 << 70)))
print(list(reversed(range(1 << 65, (1 << 65) + 3))), range(1 << 65, (1 << 65) + 3).index((1 << 65) + 2))
print(range(-2**63, 2**63 - 1))
print(range(2, 1 << 80, 3).count(5), list(range(5, 1 << 64)[:3]))
print(range(1<<64) == range(0, 1<<64), range(3) == range(0, 3, 1))
