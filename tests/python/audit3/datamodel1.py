def p(*a): print(*a)
def tr(fn):
    try: p("ok", fn())
    except Exception as e: p(type(e).__name__, e)
class A: pass
class B(A): pass
class X: pass
class Y: pass
tr(lambda: type("C", (A, B), {}))
tr(lambda: type("C", (A, A), {}))
class P(X, Y): pass
class Q(Y, X): pass
tr(lambda: type("Z", (P, Q), {}))
tr(lambda: type("Z", (int, str), {}))
tr(lambda: type("Z", (1,), {}))
tr(lambda: type("Z", (bool,), {}))
tr(lambda: type("Z", (), {"__slots__": ["a", "a"]}))
tr(lambda: type("Z", (), {"__slots__": ["__dict__", "__dict__"]}))
tr(lambda: type("Z", (), {"__slots__": [1]}))
tr(lambda: type("Z", (), {"__slots__": ["1a"]}))
tr(lambda: type("Z", (), {"__slots__": ["a"], "a": 1}))
tr(lambda: type("Z", (int,), {"__slots__": ["a"]}))
tr(lambda: type("Z", (tuple,), {"__slots__": ["a"]}))
tr(lambda: type("Z", (), {"__slots__": "abc"}).__slots__)
class S:
    __slots__ = ("a", "b")
s = S()
tr(lambda: s.a)
s.a = 1
tr(lambda: s.a)
def setc(): s.c = 1
tr(setc)
tr(lambda: s.__dict__)
def dl(): del s.b
tr(dl)
p(type(S.a).__name__, S.a.__name__, S.a.__objclass__.__name__)
tr(lambda: S.a.__get__(1))
tr(lambda: S.a.__set__(1, 2))
class S2(S): pass
s2 = S2(); s2.c = 3; p(s2.__dict__)
class T1: __slots__ = ("x",)
class T2: __slots__ = ("y",)
tr(lambda: type("T3", (T1, T2), {}))
class U: pass
class V: pass
u = U()
def ca(): u.__class__ = V
tr(ca); p(type(u).__name__)
def ca2(): u.__class__ = int
tr(ca2)
def ca3(): (1).__class__ = bool
tr(ca3)
def ca4(): s.__class__ = U
tr(ca4)
def ca5(): u.__class__ = 1
tr(ca5)
def ca6(): del u.__class__
tr(ca6)
class S3: __slots__ = ("a", "b")
def ca7(): s.__class__ = S3
tr(ca7); p(type(s).__name__)
def da(): u.__dict__ = 1
tr(da)
def da2(): u.__dict__ = {"z": 1}
tr(da2); p(u.z)
def da3(): del u.__dict__
tr(da3); p(u.__dict__)
def da4(): U.__dict__ = {}
tr(da4)
def da5(): int.x = 1
tr(da5)
def da6(): del int.real
tr(da6)
def da7(): object().x = 1
tr(da7)
def da8(): object().__dict__
tr(da8)
# __set_name__
class D:
    def __set_name__(self, owner, name): p("set_name", owner.__name__, name)
class O:
    x = D(); y = D()
class Bad:
    def __set_name__(self, o, n): raise ValueError("boom")
def mk():
    class O2:
        z = Bad()
tr(mk)
class SN:
    __set_name__ = 5
tr(lambda: type("O3", (), {"q": SN()}))
# __init_subclass__
class Base:
    def __init_subclass__(cls, /, flag=None, **kw):
        p("init_subclass", cls.__name__, flag, kw)
        super().__init_subclass__(**kw)
class Sub(Base, flag=1): pass
tr(lambda: type("Sub2", (Base,), {}, flag=2))
def mk2():
    class Sub3(Base, other=1): pass
tr(mk2)
def mk3():
    class Sub4(other=1): pass
tr(mk3)
class GI:
    def __class_getitem__(cls, item): return (cls.__name__, item)
p(GI[int], GI[int, str])
tr(lambda: U[int])
tr(lambda: int[0])
p(list[int], dict[str, int], type(list[int]).__name__, tuple[int, ...])
class M1(type): pass
class M2(type): pass
class K1(metaclass=M1): pass
class K2(metaclass=M2): pass
tr(lambda: type("K3", (K1, K2), {}))
def mk4():
    class K3(K1, K2): pass
tr(mk4)
def mk5():
    class K4(metaclass=1): pass
tr(mk5)
class M3(M1): pass
class K5(K1, metaclass=M3): pass
p(type(K5).__name__)
def mk6():
    class K6(K5, metaclass=M2): pass
tr(mk6)
tr(lambda: type("x"))
tr(lambda: type("x", (), {}, 1))
tr(lambda: type(1, (), {}))
tr(lambda: type("x", 1, {}))
tr(lambda: type("x", (), 1))
tr(lambda: type())
p(type(1).__name__, type(type).__name__)
tr(lambda: type.__new__(1, "x", (), {}))
tr(lambda: type.__new__(int, "x", (), {}))
tr(lambda: object.__new__(int))
tr(lambda: int.__new__(str))
tr(lambda: object.__new__(1))
tr(lambda: type("Z", (), {"__qualname__": 1}))
tr(lambda: type("Z", (), {"__classcell__": 1}))
p(type("Z", (), {"__qualname__": "a.b"}).__qualname__)
p(type("Z", (), {}).__module__)
def nm(): U.__name__ = 1
tr(nm)
def nm2(): U.__name__ = "a\0b"
tr(nm2)
def nm3(): U.__qualname__ = 1
tr(nm3)
def nm4(): U.__bases__ = (int,)
tr(nm4)
def nm5(): U.__bases__ = ()
tr(nm5)
def nm6(): U.__bases__ = (U,)
tr(nm6)
def nm7(): del U.__bases__
tr(nm7)
def nm8(): U.__mro__ = ()
tr(nm8)
def nm9(): int.__name__ = "x"
tr(nm9)
def nm10(): U.__module__ = 5
tr(nm10); p(U.__module__)
def nm11(): U.__doc__ = "d"
tr(nm11); p(U.__doc__)
def nm12(): int.__doc__ = "d"
tr(nm12)
class W(U): pass
def nm13(): W.__bases__ = (V,)
tr(nm13); p(W.__mro__)
p(U.__subclasses__() == [], V.__subclasses__() == [W])
