a, b = [1, 2], [3]
print(a + b, a * 3, 0 * a, a * -1, [a] * 2, a == [1, 2], a != b, a < b, [1, 2] < [1, 2, 0], [2] > [1, 99], [] < [0], [[1]] < [[2]])
c = a
c += b
print(a, c is a)
c *= 2
print(a)
try:
    [1] < ['a']
except TypeError as e:
    print(e)
try:
    a += 5
except TypeError as e:
    print(e)
a += 'xy'
print(a)
print([1, 2] == (1, 2), [1] * True, [0] * 0 == [])
