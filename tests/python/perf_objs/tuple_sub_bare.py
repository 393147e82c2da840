# Instances of tuple subclasses without __dict__ (namedtuple's __slots__ = ())
# are allocated without an attribute record: attribute errors, subclasses
# that add a __dict__, __class__ assignment, pickling, copying, weakrefs.
import copy
import pickle
import weakref
from collections import namedtuple

Point = namedtuple("Point", "x y")
P5 = namedtuple("P5", "a b c d e")
P0 = namedtuple("P0", "")
P1 = namedtuple("P1", "a", defaults=[9])


class Bare(tuple):
    __slots__ = ()


class Bare2(Bare):
    __slots__ = ()


class WithDict(Point):
    pass


class Plain(tuple):
    pass


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


p = Point(1, 2)
show("point", lambda: (p, p.x, p.y, p[0], p[-1], len(p), hash(p) == hash((1, 2)), p == (1, 2)))
show("p5", lambda: (P5(*range(5)), P5._make(iter("abcde")), P0(), P1(), P1(3)))
show("replace", lambda: (p._replace(x=5), p._asdict(), Point._make([7, 8])))
show("setattr", lambda: setattr(p, "z", 1))
show("setattr x", lambda: setattr(p, "x", 1))
show("getattr", lambda: p.z)
show("dict", lambda: p.__dict__)
show("vars", lambda: vars(p))
show("weakref", lambda: weakref.ref(p))
show("slots", lambda: (Point.__slots__, Bare.__slots__))
b = Bare([1, 2, 3])
b2 = Bare2(x for x in "xyz")
show("bare", lambda: (b, b2, type(b).__name__, isinstance(b2, Bare), b + b2, b[1:], b * 2))
show("bare attr", lambda: setattr(b, "q", 1))
show("bare dict", lambda: b.__dict__)
show("bare empty", lambda: (Bare(), Bare(()), Bare([]), len(Bare(range(7))), Bare(range(7))))
w = WithDict(3, 4)
w.extra = 5
show("withdict", lambda: (w, w.extra, w.__dict__, vars(w), w.x))
pl = Plain((1,))
pl.a = 2
show("plain", lambda: (pl, pl.a, pl.__dict__))


def setclass(o, c):
    o.__class__ = c
    return type(o).__name__, o


show("class bare->bare2", lambda: setclass(Bare((1, 2)), Bare2))
show("class point->withdict", lambda: setclass(Point(1, 2), WithDict))
show("class withdict->point", lambda: setclass(WithDict(1, 2), Point))
show("class bare->plain", lambda: setclass(Bare((1,)), Plain))
for proto in range(0, 6):
    q = pickle.loads(pickle.dumps(p, proto))
    r = pickle.loads(pickle.dumps(w, proto))
    print(proto, q, type(q).__name__, r, r.__dict__)
show("copy", lambda: (copy.copy(p), copy.deepcopy(P5(1, [2], 3, 4, 5)), copy.copy(b), copy.deepcopy(w).__dict__))
show("reduce", lambda: (p.__reduce_ex__(2)[1:], b.__reduce_ex__(2)[1:]))
show("getnewargs", lambda: (p.__getnewargs__(),))
show("sorted", lambda: sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
show("set", lambda: sorted({Point(1, 2), Point(1, 2), (1, 2)}))
print(tuple.__new__(Point, [4, 5]), tuple.__new__(Bare, "ab"), tuple.__new__(WithDict, iter([1, 2])))
