# C(*args, **kw) of a class with a Python __init__ pushes the __init__ frame
# directly: results, errors and the instance returned must be type_call's.
import dataclasses


class Shape:
    def __init__(self, kind, *, sides=0, colour="red", filled=False):
        self.kind, self.sides, self.colour, self.filled = kind, sides, colour, filled

    def __repr__(self):
        return f"Shape({self.kind!r}, {self.sides}, {self.colour!r}, {self.filled})"


def build(args, kw):
    try:
        return Shape(*args, **kw)
    except TypeError as e:
        return "TypeError: " + str(e)


cases = [
    (("poly",), {}),
    (("poly",), {"sides": 3}),
    ((), {"kind": "k", "filled": True}),
    (("poly", 3), {}),
    ((), {}),
    (("a",), {"kind": "b"}),
    (("a",), {"nope": 1}),
    (("a",), {"sides": 1, "colour": "c", "filled": 0, "x": 2}),
]
for _ in range(3):
    for args, kw in cases:
        print(build(args, kw))


def from_list(items, kw):
    return Shape(*items, **kw)


print(from_list(["listed"], {"sides": 9}))
print(from_list(iter(["iter"]), {}))
try:
    from_list(["x"], {1: 2})
except TypeError as e:
    print("TypeError", e)


class Bad:
    def __init__(self, x):
        self.x = x
        return 5


for _ in range(2):
    try:
        Bad(*(1,), **{})
    except TypeError as e:
        print("TypeError", e)


class WithDel:
    count = 0

    def __init__(self, a, b=1):
        self.ab = (a, b)

    def __del__(self):
        WithDel.count += 1


for i in range(3):
    print(WithDel(*(i,), **{"b": 2}).ab)
try:
    WithDel(*(), **{"b": 2})
except TypeError as e:
    print("TypeError", e)


class Sub(Shape):
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.sub = True


for _ in range(2):
    s = Sub(*("sub",), **{"sides": 4})
    print(s, s.sub, type(s).__name__)


class Meta(type):
    def __call__(cls, *args, **kw):
        return ("meta", args, sorted(kw.items()))


class M(metaclass=Meta):
    def __init__(self, a):
        pass


print(M(*(1,), **{"z": 2}))


class NewOnly:
    def __new__(cls, *args, **kw):
        return ("new", args, sorted(kw.items()))

    def __init__(self, *args, **kw):
        raise AssertionError


print(NewOnly(*(1,), **{"k": 3}))


@dataclasses.dataclass(frozen=True)
class Rec:
    name: str
    size: int = 0
    tags: tuple = ()


r = Rec("a", 1)
for i in range(3):
    r = dataclasses.replace(r, size=r.size + i)
    print(r)
try:
    dataclasses.replace(r, nope=1)
except TypeError as e:
    print("TypeError", e)


def recurse(n):
    if n == 0:
        return Shape(*("deep",), **{"sides": n})
    return recurse(n - 1)


print(recurse(50))
