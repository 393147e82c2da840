# x.__class__ loads in a loop (LOAD_ATTR specializes them to the type):
# the answer must follow __class__ assignment, a class that redefines
# __class__ later, instance dicts holding a '__class__' key, __slots__
# classes and call sites seeing several classes.
from dataclasses import dataclass


class A:
    def __init__(self, v):
        self.v = v


class B:
    def __init__(self, v):
        self.v = v


def classes(objs):
    return [o.__class__.__name__ for o in objs]


a = A(1)
print(classes([a] * 5))
a.__class__ = B  # the site must see the new type
print(classes([a] * 3), type(a).__name__)
print(classes([A(1), B(2), A(3), 7, "s", None, B(4)]))

# an instance dict entry never shadows the data descriptor
c = A(5)
c.__dict__["__class__"] = "shadow"
print(classes([c, c]), c.__dict__["__class__"])


class S:
    __slots__ = ("x",)

    def __init__(self, x):
        self.x = x


print(classes([S(1), S(2), S(3)]))


class Base:
    pass


class Masked(Base):
    __class__ = property(lambda self: "masked")


class C(Base):
    pass


objs = [C() for _ in range(20)]
print(classes(objs)[:2])
C.__bases__ = (Masked,)  # a new MRO finds a property for __class__
print([o.__class__ for o in objs[:2]], type(objs[0]).__name__)
C.__bases__ = (Base,)
print(classes(objs)[:2])


class D:
    pass


ds = [D() for _ in range(20)]
print(classes(ds)[:1])
D.__getattribute__ = lambda self, name: "via getattribute"
print([o.__class__ for o in ds[:2]])
del D.__getattribute__
print(classes(ds)[:1])


@dataclass(frozen=True, order=True)
class V:
    major: int
    minor: int


vs = [V(i % 3, i % 2) for i in range(30)]
print(sorted(set(vs)), V(1, 1) == V(1, 1), V(1, 1) != V(1, 0), V(0, 1) < V(1, 0))


class W(V):
    pass


print(V(1, 1) == W(1, 1), V(1, 1).__eq__(W(1, 1)), V(2, 0) < V(2, 1))
try:
    V(1, 1) < W(1, 1)
except TypeError as e:
    print("TypeError", e)
