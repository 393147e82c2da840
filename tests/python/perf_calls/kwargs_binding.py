# Keyword binding and the **kwargs dicts a call collects: growth beyond the
# keywords passed, deletion, copies, sizes, and CPython's binding errors.
import sys


def report(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)


def collect(*args, **kwargs):
    return args, kwargs


def grow(**kw):
    before = sys.getsizeof(kw)
    for i in range(12):
        kw["k%d" % i] = i
    del kw["k3"]
    kw.pop("a", None)
    return before, sys.getsizeof(kw), len(kw), list(kw)[:4]


print(grow(), grow(a=1), grow(a=1, b=2), grow(a=1, b=2, c=3), grow(a=1, b=2, c=3, d=4))
print(grow(a=1, b=2, c=3, d=4, e=5), grow(**{"x%d" % i: i for i in range(9)}))


def shapes(**kw):
    c = kw.copy()
    c["new"] = 0
    kw.setdefault("z", 26)
    item = kw.popitem()
    return sys.getsizeof(kw), sorted(c), item, kw


print(shapes(), shapes(p=1), shapes(p=1, q=2), shapes(p=1, q=2, r=3, s=4))
for n in range(7):
    kw = collect(**{"v%d" % i: i for i in range(n)})[1]
    kw2 = collect(*range(n), **{"w%d" % i: i for i in range(n)})[1]
    print(n, sys.getsizeof(kw), sys.getsizeof(kw2), kw == {"v%d" % i: i for i in range(n)}, list(kw2))


def mixed(a, b=2, *rest, c, d=4, **extra):
    return a, b, rest, c, d, sorted(extra.items())


print(mixed(1, c=3), mixed(1, 2, 3, 4, c=5, e=6, f=7), mixed(c=1, a=2, z=0))
print(mixed(**{"a": 1, "c": 2, "q": 3}), mixed(1, **{"c": 2}, d=9))
extra = mixed(1, c=3, x=1, y=2)[5]
print(extra)


# Keywords bound by name: interned and non-interned names.
def options(a, b=2, c=3, d=4, e=5):
    return a + 2 * b + 3 * c + 4 * d + 5 * e


name = "".join(["e"])
print(options(1, d=1), options(a=1, e=0, b=1), options(**{name: 10, "a": 0}))
print(options(**{"".join(["a"]): 1, "".join(["c"]): 9}))

# Binding errors, as CPython words them.
report(lambda: options(1, a=2))
report(lambda: options(1, f=2))
report(lambda: options(b=2))
report(lambda: options())
report(lambda: options(1, 2, 3, 4, 5, 6))
report(lambda: options(1, 2, 3, 4, 5, 6, e=1))
report(lambda: mixed(1))
report(lambda: mixed(1, 2, 3, c=1, a=5))
report(lambda: mixed(**{"a": 1, "c": 2, "a2": 3}, a2=4))
report(lambda: collect(**{"x": 1}, x=2))
report(lambda: collect(x=1, **{"x": 2}))
report(lambda: collect(**{"x": 1}, **{"x": 2}))


def posonly(a, b, /, c=0, **kw):
    return a, b, c, sorted(kw.items())


print(posonly(1, 2, a=3, b=4), posonly(1, 2, c=3, d=4))
report(lambda: posonly(1, b=2))


def posonly2(a, /):
    return a


report(lambda: posonly2(a=1))
report(lambda: posonly2(1, a=1))


def kwonly(*, k, m=1):
    return k, m


report(lambda: kwonly(1))
report(lambda: kwonly(1, k=2))
report(lambda: kwonly(m=2))
report(lambda: kwonly(k=1, n=3))
print(kwonly(k=1), kwonly(m=0, k=5))


# Methods and __init__ with keywords.
class Shape:
    def __init__(self, kind, *, sides=0, colour="red"):
        self.kind, self.sides, self.colour = kind, sides, colour

    def scaled(self, **changes):
        attrs = {"sides": self.sides, "colour": self.colour}
        attrs.update(changes)
        return Shape(self.kind, **attrs)


s = Shape("poly", sides=3).scaled(sides=4, colour="blue")
print(s.kind, s.sides, s.colour)
report(lambda: Shape("x", side=1))
report(lambda: Shape(kind="x", sides=1, kind2=0))
report(lambda: Shape("x").scaled(shape=1))

# The same call site with different callees and keyword sets.
def f1(x, y=0):
    return ("f1", x, y)


def f2(y, x=0):
    return ("f2", x, y)


def f3(**kw):
    return ("f3", sorted(kw))


for fn in [f1, f2, f3, f1, f2]:
    print(fn(x=1, y=2))
f1.__defaults__ = (5,)
print(f1(x=1))
f1.__code__ = f2.__code__
print(f1(x=1, y=2))
report(lambda: f1(x=1))

# Which error wins when several apply (CPython checks keywords first).
def po(a, /):
    pass


def po_kw(a, /, **k):
    pass


def two(a, b=1):
    pass


report(lambda: po(a=1, zz=2))
report(lambda: po(zz=2, a=1))
report(lambda: po(1, 2, zz=1))
report(lambda: two(1, 2, 3, b=1))
report(lambda: two(1, 2, 3, zz=1))
report(lambda: po_kw(1, 2, a=1))
report(lambda: two(1, 2, 3, **{"b": 1}))
report(lambda: two(1, 2, 3, **{"zz": 1}))
report(lambda: po(**{"a": 1}))
report(lambda: po(1, **{"a": 1}))
print(po_kw(1, **{"a": 1}))
