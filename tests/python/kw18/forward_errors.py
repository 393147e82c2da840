# Errors of calls through forwarding wrappers and of keyword calls, with
# CPython's messages.
def area(width, height=1, *, scale=1, offset=0):
    return width * height * scale + offset


def forward(*args, **kwargs):
    return area(*args, **kwargs)


def options(a, b=2, c=3, d=4, e=5):
    return a + 2 * b + 3 * c + 4 * d + 5 * e


def collect(*args, **kwargs):
    return len(args) + len(kwargs)


class Shape:
    def __init__(self, kind, *, sides=0, colour="red", filled=False):
        self.kind = kind
        self.sides = sides

    def describe(self, prefix="", suffix="", sep=" "):
        return prefix + self.kind + suffix + sep


calls = [
    lambda: forward(1, height=2, scale=3),
    lambda: forward(1, bad=2),
    lambda: forward(1, 2, 3),
    lambda: forward(height=2),
    lambda: forward(1, width=2),
    lambda: area(1, colour=2),
    lambda: area(1, 2, height=3),
    lambda: area(),
    lambda: area(height=1),
    lambda: options(1, d=1),
    lambda: options(a=1, e=0, b=1),
    lambda: options(b=1),
    lambda: options(1, a=2),
    lambda: options(1, 2, 3, 4, 5, 6),
    lambda: options(1, f=1),
    lambda: collect(1, 2, x=1, y=2),
    lambda: collect(**{"x": 1}, y=2),
    lambda: collect(*(1, 2), **{"x": 1, "y": 3}),
    lambda: Shape("poly", sides=3).describe(prefix="<", sep=", "),
    lambda: Shape("poly", 3),
    lambda: Shape("poly", sids=3),
    lambda: Shape(kind="k", sides=1, filled=True).describe(suffix="!"),
    lambda: Shape("p").describe(prefix="a", prefix2="b"),
    lambda: Shape("p").describe("a", prefix="b"),
]
for i in range(3):  # again once the sites are specialized
    for c in calls:
        try:
            print(c())
        except TypeError as e:
            print("TypeError:", e)


# Defaults changed between calls are read at each call.
def fwd_opt(*args, **kwargs):
    return options(*args, **kwargs)


for i in range(3):
    print(fwd_opt(1, d=i), fwd_opt(a=1, e=i))
options.__defaults__ = (10, 20, 30, 40)
print(fwd_opt(1, d=0), fwd_opt(a=1, e=0))
options.__defaults__ = None
try:
    fwd_opt(1, d=0)
except TypeError as e:
    print("TypeError:", e)
area.__kwdefaults__ = {"scale": 5}
for i in range(3):
    try:
        print(forward(2, height=1))
    except TypeError as e:
        print("TypeError:", e)
area.__kwdefaults__ = None
try:
    forward(2, scale=1)
except TypeError as e:
    print("TypeError:", e)
