d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('x'), d.get('x', 0), d.setdefault('c', 3), d.setdefault('a', 99), d)
print(d.pop('a'), d.pop('zz', 'dflt'), d)
try:
    d.pop('zz')
except KeyError as e:
    print('KeyError', e)
d.update({'x': 1}, y=2)
d.update([('z', 3)])
d.update(k=0)
print(d)
print(d.copy(), d.copy() is d, len(d), 'x' in d, 1 in d, d.keys() == {'b', 'c', 'x', 'y', 'z', 'k'})
d.clear()
print(d)
try:
    d.update(1)
except TypeError as e:
    print(e)
try:
    d.update([1])
except TypeError as e:
    print(e)
