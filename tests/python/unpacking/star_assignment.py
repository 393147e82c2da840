first, *rest = [1, 2, 3]
print(first, rest)
*init, last = 'abc'
print(init, last)
a, *mid, b = range(5)
print(a, mid, b)
a, *empty, b = [1, 2]
print(empty)
*allof, = (1, 2)
print(allof, type(allof).__name__)
[a, *b], c = [1, 2, 3], 4
print(a, b, c)
