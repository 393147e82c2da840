print(sorted([3, 1, 2]), sorted('bca'), sorted([3, 1, 2], reverse=True), sorted(['b', 'A', 'c'], key=str.lower))
print(sorted({3: 'a', 1: 'b'}), sorted([(1, 'b'), (1, 'a'), (0, 'z')]), sorted([]), sorted(range(3), key=lambda x: -x))
try:
    sorted([1, 'a'])
except TypeError as e:
    print(e)
try:
    sorted([1], lambda x: x)
except TypeError as e:
    print(e)
