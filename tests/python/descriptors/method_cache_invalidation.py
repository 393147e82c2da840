class A:
    def f(self): return 'A1'
class B(A):
    pass
b = B()
r = [b.f()]
A.f = lambda self: 'A2'
r.append(b.f())
B.f = lambda self: 'B'
r.append(b.f())
del B.f
r.append(b.f())
A.__bases__
print(r)
for i in range(3):
    A.g = (lambda k: lambda self: k)(i)
    print(b.g())
class X: v = 1
class Y: v = 2
class Z(X): pass
z = Z()
print(z.v)
Z.__bases__ = (Y,)
print(z.v, Z.__mro__[1].__name__)
