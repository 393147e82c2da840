# Classes made by object.__new__ and object.__init__, called repeatedly
# from one site; the class changes between calls.
import abc
import gc


class D:
    pass


def make(cls, *args):
    return cls(*args) if args else cls()


print(all(type(make(D)) is D for _ in range(10)))
try:
    make(D, 1)
except TypeError as e:
    print("TypeError", e)
D.__init__ = lambda self: print("init now")
make(D)
del D.__init__
make(D)
D.__new__ = staticmethod(lambda cls: "from new")
print(make(D))
del D.__new__
print(type(make(D)).__name__)


class Slots:
    __slots__ = ("a",)


s = [make(Slots) for _ in range(3)][-1]
s.a = 1
print(s.a)
try:
    s.b = 2
except AttributeError as e:
    print("AttributeError", e)


class WithDel:
    def __del__(self):
        print("del")


for _ in range(2):
    make(WithDel)
gc.collect()


class Abstract(abc.ABC):
    @abc.abstractmethod
    def f(self):
        pass


for _ in range(2):
    try:
        make(Abstract)
    except TypeError as e:
        print("TypeError", e)


class Concrete(Abstract):
    def f(self):
        return 1


print([make(Concrete).f() for _ in range(3)])


def site():
    return D()


for i in range(3):
    x = site()
D.__init__ = lambda self: print("init at site")
site()
