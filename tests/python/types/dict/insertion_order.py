d = {}
for k in ['z', 'a', 'm', 3, 1, 2, (1,), None, 1.5]:
    d[k] = str(k)
print(d, list(d), list(d.values()))
del d['a']
d['a'] = 'again'
print(list(d))
d['z'] = 'updated keeps position'
print(list(d.items())[:2])
d2 = dict.fromkeys('hello')
print(d2)
print({1: 'a', True: 'b', 1.0: 'c'}, {0: 'x', False: 'y', 0j: 'z'})
