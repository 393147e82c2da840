print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(range(101)), sum([], 5), sum([1.5, 2]))
print(sum([2 ** 64, 2 ** 64]), sum([True, True, True]), sum([1j, 2]), sum(x * x for x in range(4)), sum([0.1, 0.2, 0.3]))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print(e)
try:
    sum([b'a'], b'')
except TypeError as e:
    print(e)
try:
    sum([1, 'a'])
except TypeError as e:
    print(e)
print(sum([1, 2], start=3))
