def getter(self): return 'g'
p = property(getter, None, None, 'doc text')
print(p.__doc__, p.fget is getter, p.fset, p.fdel)
class C:
    x = p
print(C().x, type(C.x).__name__)
p2 = p.setter(lambda self, v: None)
print(p2 is p, p2.fget is getter)
class MyProp(property):
    pass
class D:
    @MyProp
    def v(self): return 'my'
print(D().v, type(D.__dict__['v']).__name__)
print(property.__get__(p, None, C) is p)
