s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, 2))
print(s.indices(5), slice(None, None, -1).indices(4), slice(-100, 100).indices(10))
print('abcdefghij'[s], [0, 1, 2, 3][slice(None, None, -2)])
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(e)
try:
    hash(slice(1))
except TypeError as e:
    print(e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3))
