import functools, inspect, types
def tr(fn):
    try: print("ok", repr(fn()))
    except BaseException as e: print(type(e).__name__, e)
def f(a, b: int = 2, /, c=3, *args, d, e: "str" = 5, **kw) -> "ret": return (a, b, c, args, d, e, kw)
print(inspect.signature(f), f.__defaults__, f.__kwdefaults__)
f.__kwdefaults__["d"] = 4
print(f(1), inspect.signature(f))
f.__defaults__ = (20, 30)
print(f(1), inspect.signature(f))
f.__defaults__ = (1, 2, 3, 4)
tr(lambda: f())
print(inspect.signature(f))
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k): return fn(*a, **k)
    return wrapper
@deco
def wrapped(x, y=1):
    "wdoc"
    return x + y
print(wrapped.__name__, wrapped.__doc__, wrapped.__wrapped__.__name__, inspect.signature(wrapped), wrapped(1))
print(f.__call__(1, d=0)[0], type(f.__call__).__name__)
bm = f.__get__(10)
print(type(bm).__name__, bm(d=0)[0], bm.__self__)
mt = types.MethodType(lambda self, x: (self, x), "S")
print(mt(1), mt.__func__.__name__)
tr(lambda: types.MethodType(1, 2))
tr(lambda: types.MethodType(len, None))
print(repr(types.MethodType(len, 1))[:30])
class C:
    def m(self): return "m"
    @staticmethod
    def s(): return "s"
print(C.m(C()), C().m.__func__ is C.m, C.s.__name__, type(C.__dict__["s"]).__name__)
tr(lambda: C.m())
tr(lambda: C().m(1))
p = functools.partial(f, 1, 2, d=9)
print(p(3), p.func is f, p.args, p.keywords, repr(p).startswith("functools.partial(<function f"))
p2 = functools.partial(p, 7, e=8); print(p2(), p2.args, p2.keywords)
tr(lambda: functools.partial(1))
tr(lambda: functools.partial())
print(inspect.signature(functools.partial(f, 1, d=2)))
pm = functools.partialmethod(lambda self, a, b: (a, b), 1)
class PM:
    meth = pm
print(PM().meth(2))
lam = lambda x, *y, z=1, **w: (x, y, z, w)
print(lam(1, 2, z=3, q=4), lam.__name__, lam.__defaults__, lam.__kwdefaults__, inspect.signature(lam))
def closure_factory():
    vals = []
    for i in range(3):
        vals.append(lambda i=i: i)
    return [v() for v in vals]
print(closure_factory())
def counter():
    count = 0
    def inc(): nonlocal count; count += 1; return count
    def get(): return count
    return inc, get
inc, get = counter(); inc(); inc(); print(get(), inc.__closure__[0] is get.__closure__[0], inc.__code__.co_freevars)
def kwonly_default_ref(*, a=[]):
    a.append(1); return a
print(kwonly_default_ref(), kwonly_default_ref())
def default_eval_time(x=print("default evaluated")): pass
print(f.__globals__["__name__"], f.__builtins__ is __builtins__ if isinstance(__builtins__, dict) else type(f.__builtins__).__name__)
def gfn():
    return gfn.__dict__.get("attr", "none")
gfn.attr = 5; print(gfn())
print(callable(f), isinstance(f, types.FunctionType), type(f).__name__, type(len).__name__, type([].append).__name__, type(C.m).__name__, type(C().m).__name__, type(list.append).__name__, type(object.__init__).__name__, type(object().__init__).__name__, type(dict.fromkeys).__name__, type(str.__dict__["maketrans"]).__name__)
tr(lambda: types.FunctionType(f.__code__, {}, "n", (1,), 5))
tr(lambda: types.FunctionType(f.__code__, 1))
tr(lambda: types.FunctionType(1, {}))
def freev():
    x = 1
    def inner(): return x
    return inner
fi = freev()
tr(lambda: types.FunctionType(fi.__code__, {})())
tr(lambda: types.FunctionType(fi.__code__, {}, None, None, (types.CellType(5),))())
tr(lambda: types.FunctionType(fi.__code__, {}, None, None, (1,))())
tr(lambda: types.FunctionType(f.__code__, {}, None, None, (types.CellType(5),)))
