class Base:
    registry = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.registry.append(cls.__name__)
class A(Base, tag='a'): pass
class B(A): pass
print(Base.registry, A.tag, B.tag)
try:
    class C(Base, bogus=1): pass
except TypeError as e:
    print(e)
class Plain:
    pass
try:
    class D(Plain, x=1): pass
except TypeError as e:
    print(e)
print(type(Base.__dict__['__init_subclass__']).__name__)
