l = list(range(10))
del l[0]
del l[-1]
del l[::2]
print(l)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
try:
    del d['zz']
except KeyError as e:
    print('KeyError', e)
x = 1
del x
class O:
    a = 1
del O.a
print(hasattr(O, 'a'))
a, b = 1, 2
del (a, b)
print('a' in dir())
l2 = [1, 2, 3]
del l2[1:], 
print(l2)
