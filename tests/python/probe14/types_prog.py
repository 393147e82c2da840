# Types: dataclasses, enum, typing, abc.
import abc, dataclasses, enum, typing
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
from typing import NamedTuple, TypedDict, Protocol, Generic, TypeVar, Optional, Union, get_type_hints

@dataclass(order=True)
class Item:
    sort_index: float = field(init=False, repr=False)
    name: str
    price: float
    tags: list[str] = field(default_factory=list)
    qty: int = 1
    def __post_init__(self):
        self.sort_index = self.price * self.qty

items = [Item("b", 2.0, qty=3), Item("a", 5.0), Item("c", 1.0, ["x"], 2)]
print(sorted(items))
print(asdict(items[2]), astuple(items[0]))
print(replace(items[0], qty=10), [f.name for f in fields(Item)])
print(Item.__match_args__, items[0] == Item("b", 2.0, qty=3))

@dataclass(frozen=True, slots=True)
class Point:
    x: int
    y: int = 0
    def dist(self):
        return abs(self.x) + abs(self.y)
p = Point(3, -4)
try:
    p.x = 1
except FrozenInstanceError as e:
    print("frozen:", e)
print(p, hash(p) == hash(Point(3, -4)), p.dist(), Point.__slots__, hasattr(p, "__dict__"))
print({Point(1): "a", Point(1, 0): "b"})

@dataclass(kw_only=True)
class Config:
    host: str = "localhost"
    port: int = 8080
    debug: bool = False
print(Config(port=1), dataclasses.is_dataclass(Config), dataclasses.is_dataclass(Config()))
try:
    Config("x")
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad:
        a: list = []
except ValueError as e:
    print("ValueError:", e)
Dyn = dataclasses.make_dataclass("Dyn", [("a", int), ("b", str, field(default="z"))], namespace={"hi": lambda self: self.a * 2})
print(Dyn(4), Dyn(4).hi())

class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(list(Color), Color(2), Color["BLUE"], Color.CRIMSON is Color.RED, Color.RED.name, Color.RED.value)
print(repr(Color.GREEN), Color.__members__.keys(), len(Color))

class Perm(enum.Flag):
    R = enum.auto()
    W = enum.auto()
    X = enum.auto()
    RW = R | W
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.RW is rw, Perm.X in rw, list(Perm.RW), Perm(7), ~Perm.R, bool(Perm(0)))

class Status(enum.IntEnum):
    OK = 200
    NOT_FOUND = 404
print(Status.OK + 1, Status(404), Status.OK < 300, f"{Status.OK}", str(Status.NOT_FOUND), int(Status.OK))

class Mode(enum.StrEnum):
    READ = enum.auto()
    WRITE = "w"
print(Mode.READ, Mode.WRITE.upper(), Mode("read"), f"[{Mode.WRITE}]", Mode.READ == "read")

@enum.unique
class Planet(enum.Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 3)
print(Planet.EARTH.gravity, Planet.MERCURY.value)
try:
    @enum.unique
    class Dup(enum.Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
try:
    Color(9)
except ValueError as e:
    print("ValueError:", e)

class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    salary: int = 0
    def raise_(self, pct):
        return self._replace(salary=self.salary * (100 + pct) // 100)
e = Employee("ann", salary=1000)
print(e, e.raise_(10), Employee._field_defaults, Employee.__annotations__)

class Movie(TypedDict, total=False):
    title: str
    year: int
m: Movie = {"title": "Up"}
print(m, Movie.__required_keys__, Movie.__optional_keys__, Movie.__total__)

T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), Stack[int], Stack.__parameters__, typing.get_origin(Stack[int]), typing.get_args(dict[str, list[int]]))

@typing.runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self):
        pass
print(isinstance(F(), Closer), isinstance(1, Closer))

def greet(name: str, times: Optional[int] = None, *, sep: "str" = " ") -> list[str]:
    return [name] * (times or 1)
print(get_type_hints(greet))
print(typing.Optional[int], Union[int, str], int | None, typing.List[int], typing.Callable[[int], str], typing.Literal["a", 1])
print(typing.get_args(Union[int, str]), typing.Any, typing.cast(int, "x"), typing.TYPE_CHECKING)

class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...
    def describe(self):
        return f"{self.name} with area {self.area():.2f}"
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    @property
    def name(self):
        return "square"
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
class Half(Shape):
    def area(self):
        return 0
try:
    Half()
except TypeError as e:
    print("TypeError:", e)
print(Sq(1.5).describe(), sorted(Shape.__abstractmethods__), issubclass(Sq, Shape))
class Sized2(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, "__len__") or NotImplemented
print(issubclass(list, Sized2), issubclass(int, Sized2))
Sized2.register(int)
print(issubclass(int, Sized2), isinstance(3, Sized2))
