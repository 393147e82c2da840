def tr(fn):
    try: print("ok", repr(fn()))
    except BaseException as e: print(type(e).__name__, e)
def unp(src):
    try:
        exec(src, {"it": iter, "gen": (x for x in range(5))})
        print("ok", src)
    except BaseException as e: print(type(e).__name__, e)
for s in ["a, b = 1, 2, 3", "a, b, c = 1, 2", "a, b = 1", "a, *b, c = [1]", "a, b = 'xyz'", "a, b = {1: 2}", "[a] = []", "a, b = gen",
          "a, *b = 5", "(a, b), c = (1, 2, 3), 4", "a, b = it([1, 2, 3])", "*a, b, c, d = range(2)", "a, b = None"]:
    unp(s)
def f(*a, **k): return a, k
tr(lambda: f(*1))
tr(lambda: f(*None))
tr(lambda: f(**None))
tr(lambda: f(**[1]))
tr(lambda: f(**{1: 2}))
tr(lambda: f(**{"a": 1}, **{"a": 2}))
tr(lambda: f(a=1, **{"a": 2}))
tr(lambda: dict(**{1: 2}))
tr(lambda: print(**{1: 2}))
tr(lambda: [*1])
tr(lambda: {**1})
tr(lambda: {**[1]})
tr(lambda: (*None,))
tr(lambda: {*5})
class Mp:
    def keys(self): return ["a", "b"]
    def __getitem__(self, k): return k.upper()
tr(lambda: f(**Mp()))
tr(lambda: {**Mp()})
class BadKeys:
    def keys(self): return 1
    def __getitem__(self, k): return 1
tr(lambda: f(**BadKeys()))
tr(lambda: {**BadKeys()})
# evaluation order
log = []
def L(x):
    log.append(x); return x
d = {L("k1"): L("v1"), L("k2"): L("v2")}
print(log); log.clear()
L(1) < L(2) < L(0) < L(3)
print(log); log.clear()
x = [0, 0]
x[L(0)] = L(5)
print(log); log.clear()
a = {}
a[L("k")] += 1 if False else 0
print(log); log.clear()
def deco(name):
    log.append("eval " + name)
    def d(f): log.append("apply " + name); return f
    return d
@deco("a")
@deco("b")
def g(): pass
print(log); log.clear()
def defaults(a=L("d1"), *, b=L("d2")): pass
print(log); log.clear()
L(f)(L(1), k=L(2))
print(log); log.clear()
class K(L(object), metaclass=L(type)):
    L("body")
print(log); log.clear()
print(L(1) if L(0) else L(2), log); log.clear()
print(L(0) or L("") or L(3), log); log.clear()
print(L(1) and L(0) and L(3), log); log.clear()
[L(i) for i in range(2) if L(i)]
print(log); log.clear()
(L("a"), L("b"))[L(0)]
print(log); log.clear()
s = L("x")[L(0):L(1)]
print(log); log.clear()
# with statement
class CM:
    def __init__(self, name, suppress=False): self.name, self.suppress = name, suppress
    def __enter__(self): print("enter", self.name); return self.name
    def __exit__(self, t, v, tb): print("exit", self.name, t.__name__ if t else None); return self.suppress
with CM("a") as x, CM("b") as y:
    print("body", x, y)
with CM("outer", True):
    with CM("inner"):
        raise ValueError
print("after")
def wr():
    with CM("r"):
        return "returned"
print(wr())
def wb():
    for i in range(3):
        with CM(i):
            if i == 1: break
            continue
wb()
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a): raise KeyError("exit")
try:
    with ExitRaises():
        raise ValueError("body")
except KeyError as e:
    print("KeyError", repr(e.__context__))
class EnterRaises:
    def __enter__(self): raise KeyError("enter")
    def __exit__(self, *a): print("never"); return True
tr(lambda: exec("with EnterRaises(): pass", {"EnterRaises": EnterRaises}))
class ExitTruthy:
    def __enter__(self): pass
    def __exit__(self, *a): return "yes"
with ExitTruthy(): raise ValueError
print("suppressed by truthy")
class ExitBadBool:
    def __enter__(self): pass
    def __exit__(self, *a):
        class B:
            def __bool__(self): raise TypeError("bool fail")
        return B()
try:
    with ExitBadBool(): raise ValueError("v")
except TypeError as e: print("TypeError", e, repr(e.__context__))
# loops else
for i in range(2): pass
else: print("for-else")
while False: pass
else: print("while-else")
for i in range(3):
    if i == 1: break
else: print("never")
# del semantics
z = [1, 2, 3]; del z[0], z[-1]; print(z)
def delg():
    global zz
    zz = 1
    del zz
    try: zz
    except NameError as e: print(e)
delg()
tr(lambda: exec("del nosuch"))
tr(lambda: exec("del [][0]"))
tr(lambda: exec("del {}['k']"))
tr(lambda: exec("x = 1\ndel x.y"))
# chained assignment order
class Obj: pass
o = Obj()
o.a = o.b = L("v")
print(o.a, o.b)
i = 0; lst = [0, 0, 0]
i, lst[i] = 1, 5
print(i, lst)
# starred in various
print(*[1, 2], *"ab", sep=",")
first, *rest = "hello"; print(first, rest)
print([*range(2), *{3: 4}], {**{"a": 1}, "b": 2, **{"a": 3}}, (*[], *[1]))
# match statement
def m(v):
    match v:
        case [1, *rest]: return ("list1", rest)
        case {"k": val, **others}: return ("map", val, others)
        case str() as s if len(s) > 2: return ("str", s)
        case int(x) | float(x): return ("num", x)
        case Obj(a=av): return ("obj", av)
        case _: return "default"
for v in [[1, 2, 3], {"k": 1, "z": 2}, "abcd", "ab", 5, 2.5, o, None]:
    print(m(v))
class NoMatchArgs: pass
def m2(v):
    match v:
        case NoMatchArgs(1): return 1
tr(lambda: m2(NoMatchArgs()))
class MA:
    __match_args__ = ("a", "b")
    def __init__(self): self.a, self.b = 1, 2
def m3(v):
    match v:
        case MA(x, y, z): return 1
tr(lambda: m3(MA()))
def m4(v):
    match v:
        case MA(x, a=y): return 1
tr(lambda: m4(MA()))
def m5(v):
    match v:
        case 1.5: return "f"
        case -1: return "neg"
        case 1 + 2j: return "c"
        case True: return "T"
        case 1: return "one"
print(m5(1), m5(True), m5(-1), m5(1+2j), m5(1.0))
def m6(v):
    match v:
        case "a" | "b" as ab: return ab
        case (1, 2): return "tup"
        case {1: _}: return "d"
print(m6("b"), m6([1, 2]), m6((1, 2)), m6({1: 0, 2: 3}), m6("c"))
def m7(v):
    match v:
        case NoMatchArgs.__name__: return "dotted"
print(m7("NoMatchArgs"))
def m8(v):
    match v:
        case int(1, 2): pass
tr(lambda: m8(1))
def m9(v):
    match v:
        case 1(): pass
tr(lambda: m9(1))
