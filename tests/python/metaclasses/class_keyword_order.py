order = []
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        order.append(('new', name, tuple(kw.items())))
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, *a, **kw):
        order.append(('init', a[0]))
class Base:
    def __init_subclass__(cls, **kw):
        order.append(('init_subclass', cls.__name__, tuple(kw.items())))
class Field:
    def __set_name__(self, owner, name):
        order.append(('set_name', name))
class C(Base, metaclass=Meta, a=1):
    f = Field()
for o in order:
    print(o)
