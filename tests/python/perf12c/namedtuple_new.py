# Calling a namedtuple class builds the tuple directly when its __new__ is
# namedtuple's generated one (and its global _tuple_new is still
# tuple.__new__): results, types, errors and what profilers see must be
# what running __new__ gives, for every way of calling it.
import sys
import typing
from collections import namedtuple

Point = namedtuple("Point", "x y")
Line = namedtuple("Line", ["start", "end", "label"], defaults=["-"])
Opt = namedtuple("Opt", "a b c", defaults=[1, 2])
Wide = namedtuple("Wide", ["f%d" % i for i in range(12)], defaults=range(5))
One = namedtuple("One", "v")


def run(f, *a, **k):
    try:
        return f(*a, **k)
    except TypeError as e:
        return "TypeError: %s" % e


for i in range(3):
    p = Point(i, 2)
    print(p, type(p).__name__, p.x, p.y, p == (i, 2), hash(p) == hash((i, 2)))
    print(Point(x=i, y=3), Point(i, y=4), Line(p, p), Line(p, p, "L"), Line(end=1, start=2))
    print(Opt(0), Opt(0, 5), Opt(0, c=9), One(i), One(v=[i]))
    print(Wide(*range(7)), Wide(*range(12)), Wide(*range(8), f11="k"))

print(run(Point, 1))
print(run(Point, 1, 2, 3))
print(run(Point, 1, z=2))
print(run(Point, 1, x=2))
print(run(Opt))
print(run(Wide, *range(6)))
print(run(Point))


# A subclass: its own class, attributes through __dict__ or slots.
class Sub(Point):
    __slots__ = ()

    def norm(self):
        return self.x * self.x + self.y * self.y


class WithDict(Point):
    pass


for i in range(2):
    s, w = Sub(3, i), WithDict(i, 1)
    w.extra = i
    print(type(s).__name__, s, s.norm(), type(w).__name__, w, w.extra)

# typing.NamedTuple classes get namedtuple's __new__ too.


class Emp(typing.NamedTuple):
    name: str
    id: int = 3


print(Emp("a"), Emp("b", 4), Emp(name="c", id=5), run(Emp))

# The generated __new__ reads _tuple_new from its globals at each call.
g = Point.__new__.__globals__
saved = g["_tuple_new"]
calls = []


def spy(cls, t):
    calls.append(t)
    return saved(cls, t)


g["_tuple_new"] = spy
print(Point(7, 8), calls)
g["_tuple_new"] = saved
print(Point(9, 10), calls)

# A replaced __new__ is called as any other.
Point.__new__ = staticmethod(lambda cls, x, y: tuple.__new__(cls, (y, x)))
print(Point(1, 2))
del Point.__new__
print(run(Point, 1, 2))

# A profiler sees the __new__ call.
Q = namedtuple("Q", "a b")
seen = []


def prof(frame, event, arg):
    if event == "call":
        seen.append(frame.f_code.co_name)


sys.setprofile(prof)
q = Q(1, 2)
sys.setprofile(None)
print(q, "<lambda>" in seen)
