# Call sites that bind keywords, defaults, *args and **kwargs through a
# cached plan must behave as bindArgs: errors, changed defaults, different
# functions at one site, positional-only names, class instantiation.


def area(width, height=1, *, scale=1, offset=0):
    return (width, height, scale, offset)


def options(a, b=2, c=3, d=4, e=5):
    return (a, b, c, d, e)


def collect(*args, **kwargs):
    return (args, sorted(kwargs.items()))


def posonly(a, b=7, /, c=8, **kw):
    return (a, b, c, sorted(kw.items()))


def req(a, *, k):
    return (a, k)


def show(f, *args, **kw):
    try:
        print(f(*args, **kw))
    except TypeError as e:
        print("TypeError", e)


def site_area(x):
    return area(x, scale=2)


def site_opts(x):
    return options(x, d=1)


def site_any(fn, x):
    return fn(x, offset=3)


def site_req(x):
    return req(x)


def site_collect(x):
    return collect(x, x, p=1, q=2)


def site_posonly(x):
    return posonly(x, c=1, b=2)


for i in range(5):
    print(site_area(i), site_opts(i), site_collect(i), site_posonly(i))

# The defaults change under the plan.
area.__kwdefaults__["offset"] = 100
print(site_area(1))
area.__kwdefaults__ = {"scale": 5, "offset": 6}
print(site_area(1), area(2))
del area.__kwdefaults__["offset"]
try:
    site_area(1)
except TypeError as e:
    print("TypeError", e)
area.__kwdefaults__ = None
try:
    print(area(3))
except TypeError as e:
    print("TypeError", e)
area.__kwdefaults__ = {"scale": 1, "offset": 0}

options.__defaults__ = (20, 30, 40, 50)
print(site_opts(1))
options.__defaults__ = (50,)
for _ in range(2):
    try:
        site_opts(1)
    except TypeError as e:
        print("TypeError", e)
options.__defaults__ = None
try:
    site_opts(2)
except TypeError as e:
    print("TypeError", e)
options.__defaults__ = (2, 3, 4, 5)

# Missing keyword-only argument, at a site called repeatedly.
for i in range(3):
    try:
        site_req(i)
    except TypeError as e:
        print("TypeError", e)
req.__kwdefaults__ = {"k": "dflt"}
print(site_req(9))


# Many functions through one site (the plan is rebuilt, then given up).
def g1(x, offset=0):
    return ("g1", x, offset)


def g2(x, *, offset):
    return ("g2", x, offset)


def g3(x, **kw):
    return ("g3", x, kw)


def g4(x, y=5, **kw):
    return ("g4", x, y, kw)


def g5(x):
    return ("g5", x)


for r in range(3):
    for fn in (g1, g2, g3, g4, area, g5, options):
        try:
            print(site_any(fn, r))
        except TypeError as e:
            print("TypeError", e)

# Error messages of bad calls at hot sites.
def bad_calls(i):
    out = []
    for call in (
        lambda: area(i, 2, 3),
        lambda: area(i, width=2),
        lambda: area(i, scale=1, nope=2),
        lambda: options(),
        lambda: options(b=1),
        lambda: posonly(a=1),
        lambda: req(1, 2, k=3),
        lambda: area(),
        lambda: options(1, 2, 3, 4, 5, 6),
    ):
        try:
            out.append(call())
        except TypeError as e:
            out.append(str(e))
    return out


for i in range(3):
    print(bad_calls(i))


# Classes instantiated with keywords and defaults.
class Point:
    def __init__(self, x, y=0, *, z=1, **extra):
        self.x, self.y, self.z, self.extra = x, y, z, extra

    def __repr__(self):
        return f"Point({self.x}, {self.y}, z={self.z}, extra={self.extra})"


def make(i):
    return [Point(i), Point(i, 2), Point(x=i, z=3), Point(i, y=1, z=2, w=4)]


for i in range(3):
    print(make(i))
Point.__init__.__kwdefaults__["z"] = "Z"
print(make(7))
Point.__init__ = lambda self, x, y=-1, **kw: setattr(self, "x", (x, y, kw))
print([p.x for p in (Point(1), Point(1, y=2), Point(x=3, z=4))])


class WithNew:
    def __new__(cls, *args, **kw):
        o = super().__new__(cls)
        o.args = (args, kw)
        return o

    def __init__(self, a, b=2):
        self.ab = (a, b)


for i in range(3):
    w = WithNew(i, b=i + 1)
    print(w.args, w.ab)


def bad_init(i):
    try:
        return Point(i, 1, 2)
    except TypeError as e:
        return str(e)


for i in range(3):
    print(bad_init(i))


class Meth:
    def m(self, a, b=1, *args, c=2, **kw):
        return (a, b, args, c, sorted(kw.items()))


m = Meth()
for i in range(3):
    print(m.m(i), m.m(i, c=5), m.m(i, 2, 3, 4, d=1), Meth.m(m, a=i, b=0))
    bound = m.m
    print(bound(i, x=1), bound(a=i))
    try:
        bound(i, a=1)
    except TypeError as e:
        print("TypeError", e)

# The **kwargs dict is a fresh dict each call and takes later insertions.
def grow(**kw):
    kw["later"] = 1
    kw.update(more=2, most=3)
    return list(kw.items())


for i in range(3):
    print(grow(a=i), grow(), grow(a=1, b=2, c=3, d=4, e=5))

# Generators and coroutines with keywords.
def gen(a, b=2, *, c=3):
    yield a
    yield b
    yield c


for i in range(3):
    print(list(gen(i, c=9)), list(gen(a=i)))
