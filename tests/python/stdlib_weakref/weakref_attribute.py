# Classes get a __weakref__ descriptor as in CPython; obj.__weakref__ is the first weak reference.
import _weakref


class C:
    pass


class S:
    __slots__ = ("a",)


class S2(S):
    pass


class W:
    __slots__ = ("__weakref__",)


class D(C):
    pass


class L(list):
    pass


class I(int):
    pass


class M(type):
    pass


class St(set):
    pass


for k in (C, S, S2, W, D, L, I, M, St):
    print(k.__name__, "__weakref__" in k.__dict__, "__weakref__" in dir(k))
print(type(C.__dict__["__weakref__"]).__name__)
c = C()
print(c.__weakref__)
r = _weakref.ref(c)
print(c.__weakref__ is r)
w = W()
print(w.__weakref__, _weakref.ref(w)() is w)
try:
    S().__weakref__
except AttributeError as e:
    print("AttributeError", e)
