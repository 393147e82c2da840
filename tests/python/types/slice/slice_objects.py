s = slice(1, 10, 2)
print(s, repr(s), s.start, s.stop, s.step, s == slice(1, 10, 2), s != slice(1, 10), slice(3) == slice(None, 3, None))
for sl in [slice(None), slice(2, None), slice(None, -2), slice(None, None, -1), slice(-3, -1), slice(1, 100, 7), slice(-100, 100, -3), slice(5, 1, 1), slice(2 ** 70)]:
    print(sl, sl.indices(10), sl.indices(0), list(range(10))[sl])
for bad in [slice(1, 2, 0)]:
    try:
        bad.indices(5)
    except ValueError as e:
        print(e)
try:
    slice(1).indices(-1)
except ValueError as e:
    print(e)
print(slice('a', 'b', 'c'), slice(1, 2) < slice(1, 3), slice(None) == slice(None, None, None))
