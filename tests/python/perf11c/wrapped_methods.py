# classmethods and staticmethods called through instances, repeatedly,
# with instance attributes shadowing them and unusual wrapped callables.
class A:
    @classmethod
    def c(cls, x=0):
        return cls.__name__, x

    @staticmethod
    def s(x=0):
        return "s", x

    cp = classmethod(property(lambda self: "prop"))
    cc = classmethod(classmethod(lambda cls: cls))
    cb = classmethod(len)
    sb = staticmethod(len)


class B(A):
    __slots__ = ()


def calls(o):
    return [o.c(i) for i in range(2)] + [o.s(i) for i in range(2)] + [o.c(), o.s()]


print(calls(A()), calls(B()))
a = A()
a.c = lambda x=0: ("shadow", x)
a.s = lambda x=0: ("shadow s", x)
print(calls(a))
del a.c
print(calls(a))
print(A().cc(), B().cc())
try:
    print(A().cb())
except TypeError as e:
    print("TypeError", e)
print(A().sb("abc"), B().sb([1, 2]))
try:
    A().c(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    A().s(1, 2)
except TypeError as e:
    print("TypeError", e)
A.c = staticmethod(lambda x=0: ("now static", x))
print(calls(A()))
m = A().s
print(m(5), type(B().c).__name__)
