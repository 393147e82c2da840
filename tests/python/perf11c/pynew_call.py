# Classes whose construction is a Python __new__ and object.__init__,
# called from a call site many times (the call-site cache of __new__).
from collections import namedtuple

Point = namedtuple("Point", "x y")


def make(n):
    return [Point(i, i + 1) for i in range(n)]


print(make(3), sum(p.x + p.y for p in make(50)))


class Sub(Point):
    pass


print([Sub(i, 0) for i in range(2)])
try:
    Point(1)
except TypeError as e:
    print("TypeError", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
print(Point(y=5, x=4))


class Other:
    pass


class Weird:
    calls = 0

    def __new__(cls, *args, **kw):
        Weird.calls += 1
        if args and args[0] == "other":
            return Other()
        if args and args[0] == "child":
            return Child.__new__(Child)
        return super().__new__(cls)


class Child(Weird):
    def __init__(self, *args, **kw):
        print("Child.__init__", args, kw)


for i in range(5):
    w = Weird(i, k=i)
print(type(w).__name__, Weird.calls)
for i in range(3):
    print(type(Weird("other")).__name__, type(Weird("child", z=1)).__name__)


# __new__ gives its class an __init__ part way: type_call reads the slot
# after __new__ returns, so the new __init__ runs.
class Late:
    def __new__(cls, x):
        if x == 3:
            cls.__init__ = lambda self, x: print("late init", x)
        return object.__new__(cls)


for i in range(5):
    Late(i)


# __new__ replaced after the call site cached it.
class Swap:
    def __new__(cls, x):
        return ("first", x)


def build(x):
    return Swap(x)


for i in range(3):
    print(build(i))
Swap.__new__ = staticmethod(lambda cls, x: ("second", x))
print(build(9))
Swap.__init__ = lambda self, x: print("init", x)
print(build(10))


class Raises:
    def __new__(cls, x):
        if x > 2:
            raise ValueError(x)
        return x * 10


try:
    for i in range(5):
        print(Raises(i))
except ValueError as e:
    print("ValueError", e)


# tuple.__new__ safety: a class whose nearest builtin __new__ is not the
# owner's is refused, before and after a valid call was remembered.
class T(tuple):
    pass


print(tuple.__new__(T, (1, 2)), tuple.__new__(T, (1, 2)))
try:
    tuple.__new__(int, (1,))
except TypeError as e:
    print("TypeError", e)
try:
    int.__new__(T, 1)
except TypeError as e:
    print("TypeError", e)


class Gen:
    def __new__(cls, n):
        yield n


for i in range(2):
    print(type(Gen(i)).__name__)


class Meta(type):
    def __call__(cls, *a):
        return ("meta", a)


class WithMeta(metaclass=Meta):
    def __new__(cls, x):
        return x


for i in range(2):
    print(WithMeta(i))
