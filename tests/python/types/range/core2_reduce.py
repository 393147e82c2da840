# Pickling range, slice and the range iterators; which ranges CPython
# iterates with a longrange_iterator.
import pickle, copy
M = 2**63
for t in [(13,), (0, 11), (-22, 10), (20, 3, -1), (13, 21, 3), (-2, 2, 2), (2**65, 2**65 + 2),
          (M - 3, M - 1), (M - 2, M - 1, 2), (-M + 1, -M, -2), (1, 2, M - 1), (-1, -2, -M),
          (1, M - 1, M - 1), (-1, -M, -M), (0, 0), (5, 1)]:
    r = range(*t)
    it, rit = iter(r), reversed(r)
    print(t, r.__reduce__(), type(it).__name__, type(rit).__name__)
    print('  ', it.__reduce__(), rit.__reduce__())
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        assert list(pickle.loads(pickle.dumps(r, proto))) == list(r)
        it = iter(r)
        x = pickle.loads(pickle.dumps(it, proto))
        assert type(x) is type(it) and list(x) == list(r), (t, proto)
        rit = reversed(r)
        next(rit, None)
        x = pickle.loads(pickle.dumps(rit, proto))
        assert list(x) == list(rit), (t, proto)

it = iter(range(2**32 + 2))
print(it.__reduce__()[2])
it.__setstate__(2**32 + 1)
print(it.__reduce__()[2], next(it))
for st in ('a', 1.5, 2**64, -3, 10**3):
    it = iter(range(10))
    try:
        it.__setstate__(st)
        print(st, it.__reduce__(), it.__length_hint__())
    except Exception as e:
        print(st, type(e).__name__, e)

for s in (slice(1), slice(1, 2), slice(1, 2, 3), slice('a', None, [1])):
    print(s.__reduce__(), pickle.loads(pickle.dumps(s)), copy.copy(s), copy.deepcopy(s))
