def tr(fn):
    try: print("ok", repr(fn()))
    except BaseException as e: print(type(e).__name__, e)
x = "global"
class C:
    x = "class"
    def m(self): return x
    y = [x for _ in range(1)]
    z = (lambda: x)()
print(C().m(), C.y, C.z)
def f():
    x = "f"
    class D:
        print("D body", x)
        x = "D"
        def m(self): return x
    return D().m()
print(f())
def g():
    x = "g"
    class D:
        nonlocal_ok = x
    return D.nonlocal_ok
print(g())
def h():
    y = 1
    def inner():
        print(y)
        y = 2
    inner()
tr(h)
def h2():
    def inner(): return z
    tr(inner)
    z = 1
    return inner()
print(h2())
def h3():
    del undefined_local
tr(h3)
def h4():
    a = 1
    del a
    return a
tr(h4)
def h5():
    a = 1
    def inner(): return a
    del a
    return inner()
tr(h5)
tr(lambda: undefined_global)
def cnt():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
i = cnt(); i(); print(i())
def gl():
    global newg
    newg = 5
gl(); print(newg)
def comp_scope():
    a = 10
    return [a + i for i in range(2)], {i: a for i in range(2)}, list(a * j for j in range(2))
print(comp_scope())
class CS:
    v = 3
    tr(lambda: [v for _ in range(2)])
    w = [i for i in range(v)]
print(CS.w)
print([(lambda: i)() for i in range(3)], [f() for f in [lambda: i for i in range(3)]])
def walrus():
    [y := i for i in range(3)]
    return y
print(walrus())
def walrus_class():
    class K:
        tr(lambda: [z := 1 for _ in range(1)])
tr(walrus_class)
print([i for i in range(3)], "i" in dir())
def loc():
    a = 1
    exec("a = 2")
    return a, locals()["a"]
print(loc())
def loc2():
    exec("b = 2")
    tr(lambda: b)
    return locals().get("b")
print(loc2())
def loc3():
    x = 1
    def inner():
        return locals()
    return inner()
print(loc3())
def loc4():
    x = 1
    def inner():
        x
        return locals()
    return inner()
print(loc4())
# class body namespace
class NS:
    a = 1
    b = a + 1
    del a
    tr(lambda: locals())
print(hasattr(NS, "a"), NS.b)
class Prep(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 1}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("init", name)
class PC(metaclass=Prep, flag=1):
    x = injected
class BadPrep(type):
    @classmethod
    def __prepare__(m, *a, **k): return 1
def mk():
    class Q(metaclass=BadPrep): pass
tr(mk)
class Call(type):
    def __call__(cls, *a): return ("meta call", a)
class CC(metaclass=Call): pass
print(CC(1, 2))
def mk2():
    class R(metaclass=lambda n, b, ns: ("func meta", n, b, sorted(k for k in ns if not k.startswith("__")))):
        q = 1
    return R
print(mk2())
# __class__ in nested functions and class cell
class Outer:
    def m(self):
        class Inner:
            def n(self): return __class__
        return Inner().n().__qualname__, __class__.__qualname__
print(Outer().m())
# __qualname__ of nested
def fq():
    def inner(): pass
    class K:
        def m(self): pass
    return inner.__qualname__, K.__qualname__, K.m.__qualname__, (lambda: 0).__qualname__
print(fq())
class GQ:
    global gq_func
    def gq_func(): pass
print(gq_func.__qualname__)
# names in class with global/nonlocal
def nl():
    v = 1
    class K:
        nonlocal v
        v = 2
    return v
print(nl())
# star import in function is syntax error (checked elsewhere); exec in class
class EC:
    exec("ex = 5")
print(EC.ex)
# __debug__ & assert
print(__debug__)
tr(lambda: exec("assert False, 'msg'"))
tr(lambda: exec("assert 0"))
def af(): assert 1 == 2, ("tuple", 1)
tr(af)
# annotations
def ann(a: int, b: "str" = "x", *c: float, d: list = None, **e: dict) -> bool: pass
print(ann.__annotations__)
class AC:
    a: int
    b: str = "s"
    c = 1
print(AC.__annotations__, "a" in AC.__dict__)
def fa():
    z: int = 1
    y: str
    return z
print(fa(), fa.__annotations__)
tr(lambda: __annotations__)
xx: int = 5
print(__annotations__)
import types
m = types.ModuleType("m")
exec("from __future__ import annotations\ndef f(a: undefined_name, b: list[int]) -> x.y: pass\nclass K:\n    q: Some[thing] = 1", m.__dict__)
print(m.f.__annotations__, m.K.__annotations__)
