# Calls that Go makes into Python functions with a leading self (__new__,
# __init__ through type.__call__, __call__), builtin __new__ taking its
# arguments unbound, and builtin calls binding into scratch registers:
# results and CPython's error messages.
from collections import namedtuple
import traceback
import sys

Point = namedtuple("Point", "x y")
Line = namedtuple("Line", ["start", "end", "label"], defaults=["-"])


class Vec(tuple):
    def __new__(cls, x, y=0, *rest, **kw):
        return tuple.__new__(cls, (x, y) + rest + tuple(sorted(kw.items())))


class Other:
    pass


class NewReturnsOther:
    def __new__(cls, v):
        o = Other()
        o.v = v
        return o

    def __init__(self, v):
        print("not called")


class Base:
    def __new__(cls, *a, **k):
        return object.__new__(Derived if cls is Base else cls)

    def __init__(self, *a, **k):
        self.base = (a, sorted(k.items()))


class Derived(Base):
    def __init__(self, *a, **k):
        self.derived = (a, sorted(k.items()))


class Callable:
    def __init__(self, k):
        self.k = k

    def __call__(self, x, y=1, *a, **kw):
        return (self.k, x, y, a, sorted(kw.items()))


class CallGen:
    def __call__(self, n):
        yield from range(n)


def run():
    t = 0
    for i in range(200):
        p = Point(i, i + 1)
        t += p.x + p.y
        q = Point(y=i, x=1)
        l = Line(p, q)
    print(t, p, q, l)
    print(list(map(Point, range(3), range(3, 6))))
    for i in range(3):
        print(Vec(1), Vec(1, 2, 3, z=4), Vec(x=5))
    for i in range(3):
        r = NewReturnsOther(i)
        print(type(r).__name__, r.v)
    for i in range(3):
        b = Base(1, k=2)
        print(type(b).__name__, vars(b))
        d = Derived(3)
        print(type(d).__name__, vars(d))
    c = Callable(7)
    for i in range(3):
        print(c(1), c(1, 2, 3, w=4), c(x=9), list(map(c, range(2))))
        print(list(CallGen()(3)))
    for args, kw in [((), {}), ((1, 2, 3), {}), ((1,), {"q": 1}), ((1,), {"x": 2})]:
        for i in range(2):
            try:
                Point(*args, **kw)
            except TypeError as e:
                msg = str(e)
        print(msg)
        try:
            c(*args, **kw)
        except TypeError as e:
            print(e)
    for bad in [(), (1,), (int,), (Other,)]:
        try:
            tuple.__new__(*bad)
        except TypeError as e:
            print(e)
    print(tuple.__new__(Point, (1, 2)), int.__new__(int, "12", base=5), str.__new__(str, b"ab", "ascii"))
    try:
        int.__new__(int, x=1)
    except TypeError as e:
        print(e)
    try:
        object.__new__(Point)
    except TypeError as e:
        print(e)


run()


def builtins_kw():
    data = [5, 3, 8, 1, 9, 2]
    for i in range(3):
        print(sorted(data, key=lambda v: -v), sorted(data, reverse=True),
              min(data, key=lambda v: v % 4), max(data, key=lambda v: v % 4, default=0),
              max([], default="empty"), min(4, 2, 7, key=lambda v: -v))
        print("a,b,,c".split(",", maxsplit=2), "x".center(5, "*"), "ab".encode(encoding="ascii"),
              int("ff", base=16), round(2.567, ndigits=1), "{a}".format(a=1), divmod(7, 2))
        print(sep="-", end="!\n", *["p", "q"])
        print(dict(a=1, b=2), list(range(3)), [].copy(), {}.get(1, 2), " a ".strip())
    for call in [lambda: sorted(data, key=len), lambda: sorted(data, foo=1), lambda: sorted(),
                 lambda: min(), lambda: min(data, key=1), lambda: max(data, bad=1),
                 lambda: "a".split(sep=",", x=1), lambda: "a".split(",", sep=","),
                 lambda: [].append(), lambda: [].append(x=1), lambda: {}.get(),
                 lambda: int("1", base=1, x=1), lambda: print(sep=1),
                 lambda: divmod(1), lambda: round(1, 2, 3), lambda: "a".startswith(),
                 lambda: sorted([3, 1], None), lambda: "a".encode(foo="x")]:
        for i in range(2):
            try:
                call()
            except (TypeError, ValueError) as e:
                msg = type(e).__name__ + ": " + str(e)
        print(msg)


builtins_kw()
try:
    Point(1)
except TypeError:
    traceback.print_exc(file=sys.stdout)
try:
    Callable(1)(y=2)
except TypeError:
    traceback.print_exc(file=sys.stdout)
