# enum as applications use it: Enum/IntEnum/StrEnum/Flag/IntFlag, auto, _missing_, aliases,
# unique errors, functional API, iteration, membership, value lookups and formatting.
import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None
    def describe(self):
        return f"{self.name.lower()}={self.value}"

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W

class Open(IntFlag):
    RDONLY = 0
    WRONLY = 1
    RDWR = 2
    CREAT = 64

class Level(IntEnum):
    LOW = 10
    MID = 20
    HIGH = 30

class Mode(StrEnum):
    FAST = auto()
    SLOW = auto()

class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass, self.radius = mass, radius
    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / self.radius ** 2, 2)

print(list(Color), Color.CRIMSON is Color.RED, Color(1), Color("green"), Color["BLUE"].describe())
print(list(Color.__members__), Color.RED.name, Color.RED.value, repr(Color.RED), str(Color.RED), f"{Color.RED}")
try:
    Color(7)
except ValueError as e:
    print("ValueError", e)
try:
    Color["nope"]
except KeyError as e:
    print("KeyError", e)
p = Perm.R | Perm.X
print(p, repr(p), Perm.W in p, Perm.RW, list(Perm), list(p), bool(Perm(0)), ~Perm.R, Perm.RW & Perm.W)
print(Perm(3), Perm(7), p.value, Perm.R.name, p.name)
o = Open.WRONLY | Open.CREAT
print(o, repr(o), int(o), o & 1, Open(65), Open.RDONLY, isinstance(o, int), o + 1)
print(Level.MID > 15, Level(30), sorted([Level.HIGH, Level.LOW]), Level.LOW + 1, f"{Level.MID}", str(Level.MID), repr(Level.MID))
print(Mode.FAST, repr(Mode.SLOW), Mode.FAST == "fast", Mode("slow"), f"{Mode.FAST}!", Mode.FAST.upper())
print(Planet.EARTH.gravity, Planet.MARS.gravity, Planet.MARS.value)
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal(3))
Shape = Enum("Shape", [("SQ", 4), ("TRI", 3)])
print(Shape.SQ, Shape(3), len(Shape))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError", e)
class Auto(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() * 2
    ONE = auto()
    TWO = auto()
print(list(Auto), Auto.TWO.value)
print({Color.RED: 1, Color.GREEN: 2}[Color(1)], Color.RED in Color, hash(Color.RED) == hash(Color.CRIMSON))
class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    __str__ = lambda self: self.value
print(Status("active"), [str(s) for s in Status], Status.ACTIVE.value.title())
print(enum.Flag.__name__, type(Perm.R).__name__, Perm.__members__.keys(), Perm._member_map_.keys() == Perm.__members__.keys())
match Color.GREEN:
    case Color.RED: print("red")
    case Color.GREEN: print("green")
print(Level.__members__["HIGH"], Level["LOW"], max(Level), Level(20).name)
class Weekday(Flag):
    MON = 1; TUE = 2; WED = 4; THU = 8; FRI = 16
    WEEKDAYS = MON | TUE | WED | THU | FRI
print(Weekday.WEEKDAYS, len(Weekday.WEEKDAYS), Weekday.MON | Weekday.FRI, list(Weekday))
