for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a, b, c)
for i, *rest in [(1, 2, 3), (4,)]:
    print(i, rest)
d = {}
for d['key'] in 'ab':
    pass
print(d)
l = [0, 0]
for l[0], l[1] in [(1, 2)]:
    pass
print(l)
for x, in [(1,), (2,)]:
    print(x)
