# dataclasses as applications use them: defaults, field(), __post_init__, InitVar, asdict/astuple,
# replace, frozen errors, ordering, slots, kw_only, inheritance, fields() introspection.
import dataclasses as dc
from dataclasses import dataclass, field, InitVar, KW_ONLY
from typing import ClassVar, List

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"

@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: List[str] = field(default_factory=list)
    secret: str = field(default="x", repr=False, compare=False)
    count: ClassVar[int] = 0
    discount: InitVar[float] = 0.0
    def __post_init__(self, discount):
        Item.count += 1
        self.total = round(self.price * self.qty * (1 - discount), 2)

@dataclass(frozen=True)
class Point:
    x: float
    y: float = 0.0
    def dist(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

@dataclass(slots=True)
class Slotted:
    a: int
    b: str = "b"

@dataclass(kw_only=True)
class Config:
    host: str = "localhost"
    port: int = 8080

@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3

@dataclass
class Base:
    id: int
    label: str = "base"

@dataclass
class Child(Base):
    extra: list = field(default_factory=lambda: [1, 2])
    label: str = "child"

vs = sorted([Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2, 1)])
print(vs, [str(v) for v in vs], Version(1) < Version(1, 0, 1), max(vs))
it = Item("pen", 1.5, 4, discount=0.1)
it2 = Item("cap", 3.0, tags=["red"])
print(it, it.total, it2.total, Item.count, it == Item("pen", 1.5, 4, secret="y"))
print(dc.asdict(it2), dc.astuple(it2))
print(dc.replace(it2, qty=5, discount=0.5).total)
p = Point(3, 4)
print(p, p.dist(), hash(p) == hash(Point(3.0, 4.0)), {p: 1}[Point(3, 4)])
for attempt in (lambda: setattr(p, "x", 1), lambda: delattr(p, "y")):
    try:
        attempt()
    except dc.FrozenInstanceError as e:
        print(type(e).__name__, e)
s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, "__dict__"))
try:
    s.z = 1
except AttributeError as e:
    print("AttributeError", e)
print(Config(port=1), Mixed(1, c=9))
try:
    Config("h")
except TypeError as e:
    print("TypeError", e)
print(Child(7), Child(8, [3], "x"))
print([(f.name, f.type if isinstance(f.type, str) else f.type.__name__ if hasattr(f.type, "__name__") else str(f.type), f.default is dc.MISSING) for f in dc.fields(Child)])
print(dc.is_dataclass(Child), dc.is_dataclass(Child(1)), dc.is_dataclass(int))
try:
    @dataclass
    class Bad:
        a: list = []
except ValueError as e:
    print("ValueError", e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError", e)
try:
    Item("x")
except TypeError as e:
    print("TypeError", e)
Dyn = dc.make_dataclass("Dyn", [("a", int), ("b", str, field(default="q"))], namespace={"twice": lambda self: self.a * 2})
d = Dyn(21)
print(d, d.twice(), Dyn.__name__, [f.name for f in dc.fields(Dyn)])
print(repr(Version.__init__.__doc__), Version.__match_args__, Item.__eq__ is not object.__eq__)
match Version(2, 1):
    case Version(2, minor):
        print("matched minor", minor)
nested = {"items": [it2, Point(1, 2)], "v": (Version(3),)}
print(dc.asdict(Child(1, [Point(0, 1)])), dc.astuple(Child(2, [Version(1)])))
