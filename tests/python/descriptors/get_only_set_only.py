class SetOnly:
    def __set__(self, obj, v):
        obj.__dict__['val'] = v
class C:
    s = SetOnly()
c = C()
print(type(c.s).__name__)
c.s = 3
print(c.__dict__)
c.__dict__['s'] = 'inst'
print(c.s)
class GetOnly:
    def __get__(self, obj, owner=None):
        return 'get'
class D:
    g = GetOnly()
d = D()
d.g = 'shadow'
print(d.g, D.g)
