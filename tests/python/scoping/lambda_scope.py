x = 5
f = lambda: x
x = 6
print(f())
adders = [(lambda n: lambda v: v + n)(k) for k in range(3)]
print([a(10) for a in adders])
g = lambda a, b=2, *c, d, e=5, **f: (a, b, c, d, e, f)
print(g(1, d=4))
print(g(1, 2, 3, d=4, z=0))
print((lambda: (yield 1))().__class__.__name__)
