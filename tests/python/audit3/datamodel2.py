def tr(fn):
    try: print("ok", repr(fn()))
    except BaseException as e: print(type(e).__name__, e)
class Data:
    def __get__(self, o, t=None): return ("data", o is None, t.__name__ if t else None)
    def __set__(self, o, v): print("data set", v)
    def __delete__(self, o): print("data del")
class NonData:
    def __get__(self, o, t=None): return "nondata"
class C:
    d = Data(); n = NonData()
c = C()
c.__dict__["d"] = "inst"; c.__dict__["n"] = "inst"
print(c.d, c.n, C.d, C.n)
c.d = 5; del c.d
class SetOnly:
    def __set__(self, o, v): print("setonly", v)
class C2:
    s = SetOnly()
c2 = C2(); print(type(c2.s).__name__); c2.s = 1
c2.__dict__["s"] = "i"; print(c2.s)
def dels(): del c2.s
tr(dels)
class GetOnly:
    def __get__(self, o, t): return "g"
class C3: g = GetOnly()
c3 = C3(); c3.g = "set"; print(c3.g)
# property
class P:
    def __init__(self): self._x = 0
    @property
    def x(self):
        "x doc"
        return self._x
    @x.setter
    def x(self, v): self._x = v
    ro = property(lambda s: 1)
    wo = property(None, lambda s, v: None)
p = P(); p.x = 5; print(p.x, P.x.__doc__, P.x.fget.__name__)
tr(lambda: setattr(p, "ro", 1))
tr(lambda: delattr(p, "ro"))
tr(lambda: p.wo)
tr(lambda: delattr(p, "x"))
class P2:
    @property
    def a(self): raise AttributeError("inner")
    def __getattr__(self, n): return "getattr:" + n
print(P2().a)
print(property.__doc__ is not None, property(doc="d").__doc__, type(property.getter).__name__)
class P3:
    def _g(self): return 1
    x = property(_g)
print(P3.x.__isabstractmethod__ if hasattr(P3.x, "__isabstractmethod__") else "none")
# __set_name__ on property
class P4:
    a = property(lambda s: 1)
print(getattr(P4.a, "__name__", "no __name__"))
# classmethod/staticmethod
class K:
    @classmethod
    def cm(cls, x=0): return (cls.__name__, x)
    @staticmethod
    def sm(x=0): return x
    @classmethod
    @property
    def cp(cls): return "cp:" + cls.__name__
class K2(K): pass
print(K.cm(), K2.cm(1), K2().cm(2), K.sm(3), K().sm(4), K.cp, K2.cp)
print(type(K.__dict__["cm"]).__name__, K.__dict__["sm"].__func__.__name__, K.__dict__["sm"](5))
print(K.__dict__["cm"].__wrapped__.__name__, K.__dict__["sm"].__wrapped__.__name__)
tr(lambda: classmethod(1)(1))
tr(lambda: K.__dict__["cm"]())
# super
class A:
    def f(self): return "A.f"
    @classmethod
    def c(cls): return "A.c:" + cls.__name__
class B(A):
    def f(self): return "B>" + super().f()
    @classmethod
    def c(cls): return "B>" + super().c()
class BB(B):
    def f(self): return "BB>" + super(B, self).f()
print(B().f(), B.c(), BB().f(), BB.c())
print(super(B, B()).f(), super(B, B).c(), super(B).__thisclass__.__name__)
s = super(B, B()); print(s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__)
tr(lambda: super(B, A()).f())
tr(lambda: super(B, 1))
tr(lambda: super(1, B()))
def nosuper():
    return super()
tr(nosuper)
class Z:
    def m(): return super()
tr(Z.m)
class Z2:
    def m(self):
        del self
        return super()
tr(lambda: Z2().m())
class Z3:
    def m(self):
        return super().nope
tr(lambda: Z3().m())
class Z4:
    def m(self):
        def inner(): return __class__
        return inner()
print(Z4().m().__name__)
class Z5:
    def m(self): return __class__
    def n(self): return self.__class__
print(Z5().m().__name__)
print(repr(super(B, B()))[:25])
# __getattr__/__getattribute__/__setattr__/__delattr__
class GA:
    def __getattribute__(self, n):
        if n == "boom": raise AttributeError("from getattribute")
        if n == "kerr": raise KeyError("kerr")
        return object.__getattribute__(self, n)
    def __getattr__(self, n): return "fallback:" + n
g = GA(); print(g.boom, g.nothing)
tr(lambda: g.kerr)
class SA:
    def __setattr__(self, n, v):
        print("setattr", n, v); object.__setattr__(self, n, v * 2)
    def __delattr__(self, n):
        print("delattr", n); object.__delattr__(self, n)
sa = SA(); sa.x = 2; print(sa.x); del sa.x
tr(lambda: delattr(sa, "x"))
tr(lambda: object.__setattr__(1, "x", 1))
tr(lambda: object.__setattr__(int, "x", 1))
tr(lambda: object.__delattr__(int, "x"))
tr(lambda: type.__setattr__(int, "x", 1))
tr(lambda: object.__getattribute__(1, 2))
tr(lambda: getattr(C, "zz"))
tr(lambda: C().zz)
class WithSlotsGA:
    __slots__ = ()
tr(lambda: WithSlotsGA().zz)
import types
m = types.ModuleType("mm")
tr(lambda: m.zz)
m.__getattr__ = lambda n: "mod:" + n
tr(lambda: m.zz)
# call
class Callable:
    def __call__(self, *a, **k): return ("called", a, k)
print(Callable()(1, x=2), callable(Callable()), callable(Callable))
tr(lambda: C()())
one = 1; tr(lambda: one())
class CN:
    __call__ = None
tr(lambda: CN()())
# truth
class T1:
    def __len__(self): return 0
class T2:
    def __bool__(self): return False
    def __len__(self): return 5
print(bool(T1()), bool(T2()), bool(C()))
class BadBool:
    def __bool__(self): return "x"
tr(lambda: bool(BadBool()))
tr(lambda: 1 if BadBool() else 2)
# __missing__
class DM(dict):
    def __missing__(self, k): return k * 2
d = DM(a=1); print(d["a"], d["bb"], d.get("zz"), "zz" in d)
class DM2(dict):
    __missing__ = None
tr(lambda: DM2()["x"])
class DM3(dict):
    def __missing__(self, k): raise KeyError("missing " + k)
tr(lambda: DM3()["x"])
# __length_hint__
import operator
class LH:
    def __length_hint__(self): return 7
class LH2:
    def __length_hint__(self): return NotImplemented
class LH3:
    def __length_hint__(self): return -1
class LH4:
    def __length_hint__(self): return "x"
class LH5:
    def __len__(self): return 3
    def __length_hint__(self): return 10
print(operator.length_hint(LH()), operator.length_hint(LH2(), 4), operator.length_hint(LH5()), operator.length_hint(C(), 9))
tr(lambda: operator.length_hint(LH3()))
tr(lambda: operator.length_hint(LH4()))
tr(lambda: operator.length_hint([], "x"))
print(operator.length_hint(iter([1, 2, 3])), operator.length_hint(iter(range(5))), operator.length_hint(reversed([1,2])))
# __hash__ rules
class HE:
    def __eq__(self, o): return True
print(HE.__hash__, hash(C()) == hash(C()) if False else "skip")
class HE2(HE):
    pass
print(HE2.__hash__)
class HN:
    __hash__ = None
tr(lambda: hash(HN()))
tr(lambda: {HN(): 1})
class HS(set): pass
tr(lambda: hash(HS()))
class HL(list):
    def __hash__(self): return 5
print(hash(HL()))
tr(lambda: hash(type("X", (), {"__hash__": lambda s: -1})()))
# __repr__ / __str__
class RS:
    def __repr__(self): return "RS-repr"
print(str(RS()), f"{RS()}", f"{RS()!r}", "%s %r" % (RS(), RS()), [RS()])
class SS:
    def __str__(self): return "SS-str"
print(repr(SS())[:5], str(SS()), format(SS()), f"{SS()!s}", f"{SS()!a}"[:5])
class BR:
    def __repr__(self): return b"x"
tr(lambda: repr(BR()))
tr(lambda: str(BR()))
# __init__ returning value
class IR:
    def __init__(self): return 5
tr(lambda: IR())
class NewOther:
    def __new__(cls): return 42
    def __init__(self): print("never")
print(NewOther())
# __class__ cell in classmethod
# __init__ not called when __new__ returns other
# comparison fallbacks
class OnlyEq:
    def __eq__(self, o): return "eq"
print(OnlyEq() != OnlyEq())
class OnlyNe:
    def __ne__(self, o): return "ne"
print(OnlyNe() == OnlyNe(), OnlyNe() != 1)
a = C(); print(a == a, a != a, a == C())
class A:
    def __setitem__(s,k,v): pass
try: del A()[0]
except Exception as e: print(type(e).__name__, e)
class B:
    def __delitem__(s,k): pass
try: B()[0] = 1
except Exception as e: print(type(e).__name__, e)
class C:
    def __set__(s,o,v): pass
class D: c = C()
try: del D().c
except Exception as e: print(type(e).__name__, e)
class E:
    def __delete__(s,o): pass
class F: e = E()
try: F().e = 1
except Exception as e: print(type(e).__name__, e)
