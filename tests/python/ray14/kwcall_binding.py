# Keyword calls and calls needing defaults: every parameter must come from
# the call or a default, never from a register an earlier call left behind.


def area(width, height=1, *, scale=1, offset=0):
    return (width, height, scale, offset)


def options(a, b=2, c=3, d=4, e=5):
    return (a, b, c, d, e)


def need(a, b, *, c):
    return (a, b, c)


def star(*args, **kwargs):
    return (args, sorted(kwargs.items()))


def mixed(a, /, b, *rest, k=9, **kw):
    return (a, b, rest, k, sorted(kw.items()))


for i in range(3):
    print(area(i, 2), area(width=i, height=3, scale=2), area(i, offset=1))
    print(options(i, d=1), options(a=i, e=0, b=1))
    print(need(i, 2, c=3), star(i, x=1), mixed(i, 2, 3, k=4, z=5))

# One call site seeing many functions (more than its plans can follow).
funcs = [area, options, need, star, mixed, area, options, need, star, mixed]
for f in funcs:
    try:
        print(f.__name__, f(1, 2, c=3))
    except TypeError as e:
        print(f.__name__, "TypeError", e)
    try:
        print(f.__name__, f(1))
    except TypeError as e:
        print(f.__name__, "TypeError", e)

# Defaults changed after the plan was made.
print(options(1, d=0))
options.__defaults__ = (20, 30, 40, 50)
print(options(1, d=0))
options.__defaults__ = (30, 40)
for _ in range(2):
    try:
        print(options(1, d=0))
    except TypeError as e:
        print("TypeError", e)
options.__defaults__ = None
try:
    options(1, e=2)
except TypeError as e:
    print("TypeError", e)
options.__defaults__ = (2, 3, 4, 5)
print(options(1, e=2))

area.__kwdefaults__ = {"scale": 7}
for _ in range(2):
    try:
        print(area(1, height=2))
    except TypeError as e:
        print("TypeError", e)
area.__kwdefaults__ = {"scale": 7, "offset": 8}
print(area(1, height=2))
area.__kwdefaults__ = None
try:
    area(1)
except TypeError as e:
    print("TypeError", e)


# Errors from keyword binding, after successful calls at the same site.
def site(f, *a, **k):
    try:
        return f(*a, **k)
    except TypeError as e:
        return "TypeError: " + str(e)


for args, kw in [((1,), {"height": 2}), ((1,), {"width": 2}), ((), {"height": 2}),
                 ((1, 2, 3), {}), ((1,), {"bogus": 1}), ((1,), {"scale": 1, "offset": 2})]:
    area.__kwdefaults__ = {"scale": 1, "offset": 0}
    print(site(area, *args, **kw))


def kwsite(n):
    out = []
    for i in range(n):
        try:
            if i % 2:
                out.append(need(i, b=i, c=i))
            else:
                out.append(need(i, c=i))
        except TypeError as e:
            out.append(str(e))
    return out


print(kwsite(4))


class Shape:
    def __init__(self, kind, *, sides=0, colour="red", filled=False):
        self.kind, self.sides, self.colour, self.filled = kind, sides, colour, filled

    def describe(self, prefix="", suffix="", sep=" "):
        return prefix + self.kind + sep + str(self.sides) + suffix


for i in range(3):
    s = Shape("poly", sides=i, filled=True)
    print(s.describe(prefix="<", sep=", "), s.colour, s.filled)
try:
    Shape("x", 3)
except TypeError as e:
    print("TypeError", e)
try:
    Shape(kind="x", kind2=1)
except TypeError as e:
    print("TypeError", e)
