l = [5, 2, 8, 1, 9, 3]
print(l.sort(), l)
l.sort(reverse=True)
print(l)
l.sort(key=lambda x: x % 3)
print(l)
l.sort(key=None)
print(l)
try:
    l.sort(cmp=lambda a, b: 0)
except TypeError as e:
    print(e)
try:
    [1, None].sort()
except TypeError as e:
    print(e)
try:
    [1, 2].sort(key=lambda x: [] if x == 1 else {})
except TypeError as e:
    print(e)
print(sorted([[2, 1], [1, 2], [1]]), sorted([(1, 'b'), (1, 'a')]), sorted([{1}, {0}], key=min))
