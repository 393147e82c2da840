# isinstance/issubclass: the plain-class fast path, tuples (nested, empty),
# metaclass hooks, __class__ proxies, errors and recursion limits.
import sys


class A: pass
class B(A): pass


class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == 42

    def __subclasscheck__(cls, sub):
        return sub is int


class Hooked(metaclass=Meta): pass


class Proxy:
    @property
    def __class__(self):
        return A


class Raises(type):
    def __instancecheck__(cls, obj):
        raise KeyError("no")


class R(metaclass=Raises): pass


cases = [
    lambda: isinstance(B(), A), lambda: isinstance(A(), B), lambda: isinstance({}, dict),
    lambda: isinstance(True, int), lambda: isinstance(1, (str, (float, int))),
    lambda: isinstance(1, ()), lambda: isinstance(42, Hooked), lambda: isinstance(41, Hooked),
    lambda: isinstance(1, (Hooked, str)), lambda: isinstance(Proxy(), A), lambda: isinstance(Proxy(), B),
    lambda: isinstance(1, int | str), lambda: isinstance("", str | None),
    lambda: isinstance(1, 1), lambda: isinstance(1, (int, 1)), lambda: isinstance(1, (str, 1)),
    lambda: isinstance(1, R), lambda: isinstance(1, (int, R)), lambda: isinstance(1, (R, int)),
    lambda: isinstance(1), lambda: isinstance(1, int, str),
    lambda: issubclass(B, A), lambda: issubclass(A, (B, str)), lambda: issubclass(int, Hooked),
    lambda: issubclass(str, Hooked), lambda: issubclass(bool, (str, (int,))), lambda: issubclass(1, int),
    lambda: issubclass(int, 1), lambda: issubclass(B, ()),
]
for c in cases:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, e)

# A deeply nested tuple hits the recursion limit, then everything still works.
t = int
for _ in range(sys.getrecursionlimit() + 100):
    t = (t,)
try:
    isinstance(1, t)
except RecursionError as e:
    print("RecursionError", e)
print(isinstance(1, (((int,),),)), isinstance("x", (((int,),),)))

# In a loop so CALL_BUILTIN specializes.
n = 0
for x in [1, "a", 2.0, None, B(), A(), [], {}] * 50:
    n += isinstance(x, (int, float)) + 2 * isinstance(x, A) + 4 * isinstance(x, dict)
print(n)
