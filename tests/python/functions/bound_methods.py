class C:
    def m(self, x):
        return (type(self).__name__, x)
c = C()
bm = c.m
print(bm(1), bm.__self__ is c, bm.__func__ is C.m, bm.__name__)
print(C.m(c, 2))
print(c.m == c.m, c.m is c.m)
f = C.__dict__['m'].__get__(c, C)
print(f(3))
print(type(bm).__name__, type(C.m).__name__)
class D:
    pass
D.m = lambda self: 'patched'
print(D().m())
d = D()
d.m2 = lambda: 'instance attr'
print(d.m2())
