# Class calls whose __init__ is a Python function taking exactly the
# positional arguments given: the instance is made and the __init__ frame
# pushed in the calling loop; every unusual __init__ must behave as before.
import sys


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __repr__(self):
        return f"Vec({self.x}, {self.y}, {self.z})"


class One:
    __slots__ = ("a",)

    def __init__(self, a):
        self.a = a


class Five:
    __slots__ = ("a", "b", "c", "d", "e")

    def __init__(self, a, b, c, d, e):
        self.a, self.b, self.c, self.d, self.e = a, b, c, d, e


class SlotsAndDict:
    __slots__ = ("a", "__dict__")

    def __init__(self, a):
        self.a = a
        self.extra = a * 2


class Sub(Vec):
    __slots__ = ("w",)

    def __init__(self, x, y, z):
        super().__init__(x, y, z)
        self.w = x + y + z


acc = Vec(0, 0, 0)
for i in range(5):
    acc = acc + Vec(i, 2 * i, 3.5)
print(acc, One(4).a, [getattr(Five(1, 2, 3, 4, 5), n) for n in "abcde"])
s = SlotsAndDict(3)
print(s.a, s.extra, s.__dict__)
sub = Sub(1, 2, 3)
print(sub, sub.w, type(sub).__name__)
try:
    One(1).b = 2
except AttributeError as e:
    print("AttributeError", e)
try:
    print(Vec(1, 2, 3).w)
except AttributeError as e:
    print("AttributeError", e)
v = Vec.__new__(Vec)
try:
    v.x
except AttributeError as e:
    print("AttributeError", e)


class Returns:
    def __init__(self, r):
        self.r = r
        return r


for r in (None, None, 0, "x"):
    try:
        print(type(Returns(r)).__name__)
    except TypeError as e:
        print("TypeError", e)


class Gen:
    def __init__(self):
        yield 1


try:
    Gen()
except TypeError as e:
    print("TypeError", e)


class Raises:
    def __init__(self, n):
        if n > 1:
            raise ValueError(n)
        self.n = n


for n in range(4):
    try:
        print(Raises(n).n)
    except ValueError as e:
        print("ValueError", e)


class Redefined:
    def __init__(self, a):
        self.a = a


objs = [Redefined(i).__dict__ for i in range(3)]


def new_init(self, a):
    self.b = -a


Redefined.__init__ = new_init
objs += [Redefined(i).__dict__ for i in range(3)]
del Redefined.__init__
try:
    Redefined(1)
except TypeError as e:
    print("TypeError", e)
print(objs, Redefined().__dict__)


class WithNew:
    def __new__(cls, a):
        print("__new__", a)
        return super().__new__(cls)

    def __init__(self, a):
        self.a = a


print(WithNew(1).a, WithNew(2).a)


class Other:
    pass


class NewOther:
    def __new__(cls, a):
        return Other()

    def __init__(self, a):
        print("never")


print(type(NewOther(1)).__name__)


class Err(Exception):
    def __init__(self, a, b):
        super().__init__(a + b)
        self.a = a


for i in range(2):
    try:
        raise Err(i, 10)
    except Err as e:
        print("Err", e, e.a, e.args)


class Deleted:
    count = 0

    def __init__(self, k):
        self.k = k

    def __del__(self):
        Deleted.count += 1


print([Deleted(i).k for i in range(3)])  # (when __del__ runs is the collector's business)


class Deep:
    def __init__(self, n):
        self.child = Deep(n - 1) if n else None


depth = 0
d = Deep(50)
while d.child is not None:
    depth += 1
    d = d.child
print("depth", depth)
try:
    Deep(sys.getrecursionlimit() + 10)
except RecursionError as e:
    print("RecursionError", e)


class WrongArgs:
    def __init__(self, a, b):
        self.a = a


for args in ((1, 2), (1,), (1, 2, 3)):
    try:
        print(WrongArgs(*args).a)
    except TypeError as e:
        print("TypeError", e)
    try:
        if len(args) == 1:
            WrongArgs(1)
        elif len(args) == 3:
            WrongArgs(1, 2, 3)
        else:
            print(WrongArgs(1, 2).a)
    except TypeError as e:
        print("TypeError", e)


class Meta(type):
    def __call__(cls, *a):
        print("Meta.__call__", a)
        return super().__call__(*a)


class WithMeta(metaclass=Meta):
    def __init__(self, a):
        self.a = a


print(WithMeta(5).a)


class Cell:
    def __init__(self, a):
        def get():
            return a
        self.get = get


print([Cell(i).get() for i in range(3)])


def traced():
    events = []

    def tracer(frame, event, arg):
        if frame.f_code.co_name == "__init__":
            events.append((event, frame.f_code.co_name))
        return tracer

    sys.settrace(tracer)
    try:
        Vec(1, 2, 3)
    finally:
        sys.settrace(None)
    print(events[0], events[-1][0])


traced()
