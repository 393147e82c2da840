def tr(fn):
    try: print("ok", repr(fn()))
    except BaseException as e: print(type(e).__name__, e)
class DropCell(type):
    def __new__(m, name, bases, ns):
        ns = {k: v for k, v in ns.items() if k != "__classcell__"}
        return super().__new__(m, name, bases, ns)
def mk():
    class X(metaclass=DropCell):
        def f(self): return __class__
    return X
tr(mk)
class WrongCell(type):
    def __new__(m, name, bases, ns):
        return type.__new__(m, name, bases, {"__classcell__": ns["__classcell__"]} if False else dict(ns))
def mk2():
    class Y(metaclass=WrongCell):
        def f(self): return __class__
    return Y().f().__name__
tr(mk2)
class ReturnsOther(type):
    def __new__(m, name, bases, ns): return 42
def mk3():
    class Z(metaclass=ReturnsOther):
        def f(self): return __class__
    return Z
tr(mk3)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.kw = kw
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a, **k)
    def meth(cls): return "meta method"
    @property
    def prop(cls): return "meta prop " + cls.__name__
class A(metaclass=Meta, x=1):
    def __init__(self, v): self.v = v
print(A.kw, A(5).v, A.meth(), A.prop)
tr(lambda: A(5).meth())
print(type(A), type(type(A)), isinstance(A, Meta), Meta.__instancecheck__(Meta, A) if False else "")
tr(lambda: type.__call__(A, 7).v)
tr(lambda: Meta("D", (), {}, y=2).kw)
tr(lambda: type("E", (A,), {}).kw)
tr(lambda: type.__new__(Meta, "F", (), {}).__name__)
tr(lambda: type.__init__(A, 1, 2, 3, 4))
tr(lambda: type.__init__(A, "x", (), {}, k=1))
class M2(type):
    def __init__(cls, *a): pass
tr(lambda: M2("G", (), {}).__name__)
tr(lambda: M2("G", (), {}, zz=1))
class Abs:
    def __new__(cls, *a, **k): return super().__new__(cls)
tr(lambda: Abs(1, 2, x=3).__class__.__name__)
class InitOnly:
    def __init__(self, a): self.a = a
tr(lambda: InitOnly(1, 2))
tr(lambda: InitOnly())
class NewOnly:
    def __new__(cls, a): return super().__new__(cls)
tr(lambda: NewOnly(1, 2))
tr(lambda: object.__new__(NewOnly, 1))
tr(lambda: object.__init__(InitOnly(1), 1))
class Both:
    def __new__(cls, *a): return object.__new__(cls, *a)
tr(lambda: Both(1))
class Both2:
    def __init__(self, *a): object.__init__(self, *a)
tr(lambda: Both2(1))
# mro() override
class MroMeta(type):
    def mro(cls): return [cls, object]
class Base1: x = 1
class MM(Base1, metaclass=MroMeta): pass
print(MM.__mro__, hasattr(MM, "x"))
class BadMro(type):
    def mro(cls): return [1]
tr(lambda: BadMro("Q", (), {}))
# __prepare__ returning non-dict mapping
class OD(dict):
    def __setitem__(self, k, v):
        print("ns set", k); super().__setitem__(k, v)
class PM(type):
    @classmethod
    def __prepare__(m, n, b): return OD()
class UsesPM(metaclass=PM):
    a = 1
    def f(self): pass
# __init_subclass__ with metaclass kwargs both
class IS:
    def __init_subclass__(cls, **kw): print("IS", kw)
class MK(type):
    def __new__(m, n, b, ns, **kw): return super().__new__(m, n, b, ns, **kw)
class Sub(IS, metaclass=MK, q=1): pass
# __qualname__ / __name__ in ns
class QN:
    __qualname__ = "Custom.Q"
print(QN.__qualname__, QN.__name__)
tr(lambda: type("T", (), {"__qualname__": 5}))
# type attributes
print(type.__name__, type.__qualname__, type.__module__, int.__module__, A.__module__, type(A).__name__)
print(sorted(set(dir(A)) - set(dir(object))))
print(A.__dict__["kw"] if "kw" in A.__dict__ else None, type(A.__dict__).__name__)
tr(lambda: A.__dict__.__setitem__("x", 1))
tr(lambda: setattr(A, "__dict__", {}))
print(int.__flags__ & (1 << 9) != 0, A.__flags__ & (1 << 9) != 0)
print(object.__basicsize__ > 0, type(A.__weakrefoffset__).__name__)
print(A.__base__, object.__base__, bool.__base__, type.__base__)
