# super() without arguments built by the loop, super().method(...) called
# without a bound method, and type(x): every shape that must keep CPython's
# binding (classmethods, staticmethods, properties, class receivers,
# monkey-patching, a shadowed super or type).


class Base:
    def __init__(self, a):
        self.a = a

    def m(self, x):
        return ("Base.m", type(self).__name__, x)

    @classmethod
    def cm(cls, x):
        return ("Base.cm", cls.__name__, x)

    @staticmethod
    def sm(x):
        return ("Base.sm", x)

    @property
    def p(self):
        return ("Base.p", self.a)

    def __call__(self, y):
        return ("Base.__call__", y)


class Mid(Base):
    def m(self, x):
        return ("Mid.m",) + super().m(x + 1)


class Derived(Mid):
    def __init__(self, a):
        super().__init__(a * 10)

    def m(self, x):
        return ("Derived.m",) + super().m(x + 1)

    def all(self):
        s = super()
        return (super().cm(1), super().sm(2), super().p, super().__call__(3),
                s.m(0), type(s).__name__, super().__class__.__name__)

    @classmethod
    def ccm(cls):
        return super().cm(5), super().sm(6)

    def noarg(*args):
        return super().m(1)

    def explicit(self):
        return super(Mid, self).m(7), super(Derived, self).m(8)


def run():
    for _ in range(3):
        d = Derived(2)
        print(d.a, d.m(1), d.all(), Derived.ccm(), d.explicit())
        try:
            d.noarg()
        except RuntimeError as e:
            print("RuntimeError", e)
        print(type(d) is Derived, type(3), type("s"), type(type), type(None))


run()
# Patch the base method after the sites have run.
Base.m = lambda self, x: ("patched", x)
run()
del Base.m
try:
    Derived(1).m(3)
except AttributeError as e:
    print("AttributeError", e)
Base.m = 42
try:
    Derived(1).m(3)
except TypeError as e:
    print("TypeError", e)


# An instance attribute does not shadow what super() finds.
class Shadow(Mid):
    def m(self, x):
        return super().m(x)


s = Shadow(1)
s.m = "instance attr"
Base.m = lambda self, x: ("again", x)
print(Shadow.m(s, 4))


def outside():
    try:
        super()
    except RuntimeError as e:
        print("RuntimeError", e)


outside()


class Odd:
    def f(self):
        del self
        return super().f()


try:
    Odd().f()
except RuntimeError as e:
    print("RuntimeError", e)


class NotSub:
    def g(self):
        return super().__repr__()[:5]


print(NotSub().g(), NotSub.g(NotSub()))
try:
    NotSub.g(3)
except TypeError as e:
    print("TypeError", e)


def shadowed():
    super = lambda: "shadow"
    type = lambda x: "shadow type"
    return super(), type(1)


print(shadowed(), shadowed())


class Meta(type):
    def make(cls):
        return super().__call__()


class WithMeta(metaclass=Meta):
    pass


print(type(WithMeta.make()).__name__, type(WithMeta).__name__)
