def f(**kw):
    return list(kw.items())
print(f(b=1, a=2, c=3), f(**{'z': 1, 'y': 2}, x=3))
def g(a, *args, b=2, **kw):
    kw['added'] = True
    return a, args, b, kw
d = {'c': 1}
print(g(1, 2, 3, **d), d)
def h(*, a, **kw):
    return a, kw
print(h(a=1, **{'b': 2}), h(**{'a': 5}))
print((lambda **k: sorted(k))(x=1, y=2), dict(b=1, a=2))
