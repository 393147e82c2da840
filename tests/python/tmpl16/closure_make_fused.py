# Closures made by MAKE_FUNCTION straight from their cells (no closure
# tuple): every combination of defaults, keyword defaults, annotations and
# cells must give the same function as before, run after run.
import sys


def plain(k):
    return lambda x: x + k


def with_defaults(k):
    def f(x, y=10, *, z=100):
        return x + y + z + k
    return f


def annotated(k):
    def f(x: int, y: "str" = "s") -> list:
        return [x, y, k]
    return f


def many_cells(a, b, c, d, e, g):
    def f():
        return a + b + c + d + e + g
    return f


def two_levels(a):
    b = a * 2

    def mid(c):
        def inner(d):
            return a + b + c + d
        return inner
    return mid


def late_binding():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    return [f() for f in fns]


def early_binding():
    return [f() for f in [(lambda j=i: j) for i in range(3)]]


def shared_cell():
    n = 0

    def inc():
        nonlocal n
        n += 1
        return n

    def get():
        return n
    return inc, get


def genexpr_cell(xs, k):
    return sum(x * k for x in xs), list(x + k for x in xs)


class Base:
    def who(self):
        return "base"


class Child(Base):
    def who(self):
        return "child of " + super().who()

    def factory(self):
        return lambda: super(Child, self).who() + "!"


for run in range(3):  # the first run classifies each code object
    print(run, plain(run)(5), with_defaults(run)(1), with_defaults(run)(1, 2, z=3))
    f = with_defaults(run)
    print(f.__defaults__, f.__kwdefaults__, len(f.__closure__), f.__closure__[0].cell_contents)
    g = annotated(run)
    print(g(1), g.__annotations__, g.__defaults__)
    h = many_cells(1, 2, 3, 4, 5, run)
    print(h(), [c.cell_contents for c in h.__closure__], h.__code__.co_freevars)
    print(two_levels(run)(10)(100), two_levels(run).__closure__[0].cell_contents)
    print(late_binding(), early_binding())
    inc, get = shared_cell()
    inc(); inc()
    print(get(), inc.__closure__[0] is get.__closure__[0])
    print(genexpr_cell([1, 2, 3], run))
    print(Child().who(), Child().factory()())
    p1, p2 = plain(1), plain(1)
    print(p1 is p2, p1.__closure__[0] is p2.__closure__[0], p1.__name__, p1.__qualname__)

# The same with a trace function set (the unfused path).
events = []
sys.settrace(lambda *a: (events.append(a[1]), None)[1])
r = plain(7)(1)
sys.settrace(None)
print(r, events)
