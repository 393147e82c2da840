# class __bases__ assignment (typing.NamedTuple and tomllib rely on it): MRO
# recomputation for subclasses, and the errors for bad values.
from typing import NamedTuple, Generic, TypeVar
import tomllib
class P(NamedTuple):
    x: int
    y: str = "a"
print(P(1), P.__bases__, P.__mro__, P(2, "b")._asdict())
T = TypeVar("T")
class G(NamedTuple, Generic[T]):
    v: T
print(G[int], G(3), G.__mro__)
print(tomllib.loads('a = 1\n[t]\nb = "x"\nc = [1, 2.5, true]\n'))
class A: pass
class B: pass
class C(A): pass
class D(C): pass
C.__bases__ = (B,)
print(C.__mro__, D.__mro__, A.__subclasses__(), B.__subclasses__())
for val in [(), (1,), [A], (D,), (list,), (dict,)]:
    try:
        C.__bases__ = val
    except TypeError as e:
        print(type(e).__name__, e)
try:
    int.__bases__ = (object,)
except TypeError as e:
    print(e)
try:
    del C.__bases__
except TypeError as e:
    print(e)
class M:
    def f(self): return "M"
class N:
    def f(self): return "N"
class O(M): pass
o = O()
print(o.f()); O.__bases__ = (N,); print(o.f(), isinstance(o, N), isinstance(o, M))
