l = list(range(10))
l[2:5] = ['a']
print(l)
l[1:1] = [7, 8, 9]
print(l)
l[:] = l[::-1]
print(l)
l[::2] = 'abcdef'
print(l)
try:
    l[::2] = [1]
except ValueError as e:
    print(e)
l[-2:] = []
print(l)
l[5:2] = ['x']
print(l)
l[len(l):] = range(2)
print(l)
try:
    l[0:2] = 5
except TypeError as e:
    print(e)
del l[::3]
print(l)
del l[100:]
print(l)
l[1:3] = l
print(l)
