def f(a, b=2, *, c=3):
    "doc"
    return (a, b, c)
def g(x, y):
    return x * y
print(f.__name__, f.__qualname__, f.__module__, f.__doc__, f.__defaults__, f.__kwdefaults__)
print(f.__annotations__, f.__dict__, f.__closure__, f.__globals__ is globals())
f.__defaults__ = (10,)
print(f(1))
f.__defaults__ = None
try: f(1)
except TypeError as e: print(type(e).__name__, e)
f.__defaults__ = (5, 6)
print(f())
f.__kwdefaults__ = {'c': 99}
print(f(1))
f.__kwdefaults__ = None
try: f(1)
except TypeError as e: print(type(e).__name__, e)
for bad in [[1], 1, "x"]:
    try: f.__defaults__ = bad
    except TypeError as e: print(type(e).__name__, e)
try: f.__kwdefaults__ = [1]
except TypeError as e: print(type(e).__name__, e)
try: f.__name__ = 1
except TypeError as e: print(type(e).__name__, e)
try: f.__qualname__ = 1
except TypeError as e: print(type(e).__name__, e)
f.__name__ = "newname"; f.__qualname__ = "Q.newname"
print(f.__name__, f.__qualname__, repr(f).split(" at ")[0])
try: del f.__name__
except TypeError as e: print(type(e).__name__, e)
try: del f.__qualname__
except TypeError as e: print(type(e).__name__, e)
g.__code__ = (lambda x, y: x + y).__code__
print(g(3, 4), g.__name__)
try: g.__code__ = 1
except TypeError as e: print(type(e).__name__, e)
def cl():
    z = 1
    def inner(): return z
    return inner
try: g.__code__ = cl().__code__
except ValueError as e: print(type(e).__name__, e)
h = cl()
try: h.__code__ = (lambda: 1).__code__
except ValueError as e: print(type(e).__name__, e)
try: f.__globals__ = {}
except (AttributeError, TypeError) as e: print(type(e).__name__, e)
try: f.__closure__ = ()
except (AttributeError, TypeError) as e: print(type(e).__name__, e)
f.__annotations__ = {'a': int}
print(f.__annotations__)
del f.__annotations__
print(f.__annotations__)
try: f.__annotations__ = 1
except TypeError as e: print(type(e).__name__, e)
f.__dict__ = {'k': 1}
print(f.k)
try: f.__dict__ = 1
except TypeError as e: print(type(e).__name__, e)
try: del f.__dict__
except TypeError as e: print(type(e).__name__, e)
f.__doc__ = 5; print(f.__doc__)
del f.__doc__; print(f.__doc__)
f.__module__ = "mod"; print(f.__module__)
del f.__module__; print(f.__module__)
f.attr = 3; print(f.attr, f.__dict__)
del f.attr
try: del f.attr
except AttributeError as e: print(type(e).__name__, e)
try: f.nope
except AttributeError as e: print(type(e).__name__, e)
print(h.__closure__[0].cell_contents, type(h.__closure__[0]).__name__)
c = h.__closure__[0]
c.cell_contents = 42; print(h())
del c.cell_contents
try: h()
except NameError as e: print(type(e).__name__, e)
try: c.cell_contents
except ValueError as e: print(type(e).__name__, e)
import types
nc = types.CellType(); print(repr(nc)[:5], repr(nc).endswith("empty>"))
co = g.__code__
print(co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_varnames, co.co_name, co.co_flags & 0xff)
co2 = co.replace(co_name="zz")
print(co2.co_name)
def k(a, /, b, *args, c, d=1, **kw): pass
print(k.__code__.co_argcount, k.__code__.co_posonlyargcount, k.__code__.co_kwonlyargcount, k.__code__.co_varnames, k.__code__.co_nlocals)
print(hex(k.__code__.co_flags))
def gen(): yield
async def cor(): pass
async def agen(): yield
print(hex(gen.__code__.co_flags), hex(cor.__code__.co_flags), hex(agen.__code__.co_flags))
def outer():
    x = 1
    def mid():
        def inn(): return x
        return inn
    return mid
print(outer.__code__.co_cellvars, outer().__code__.co_freevars, outer()().__code__.co_freevars)
print(outer().__qualname__, outer()().__qualname__)
class A:
    def m(self): pass
    class B:
        def n(self): pass
    lam = lambda: 0
print(A.m.__qualname__, A.B.n.__qualname__, A.lam.__qualname__, A.B.__qualname__)
print(types.FunctionType(g.__code__, {})(1, 2))
fn = types.FunctionType(f.__code__, globals(), "nm", (7, 8))
print(fn.__name__, fn())
print((lambda: 0).__name__, (lambda: 0).__qualname__)
print(f.__builtins__ is __builtins__.__dict__ if hasattr(__builtins__, '__dict__') else type(f.__builtins__))
print(f == f, f.__hash__ is not None, f.__get__(None, int) is f)
bm = A().m
print(type(bm).__name__, bm.__func__ is A.__dict__['m'], bm.__self__.__class__.__name__, bm.__name__, bm.__qualname__, bm.__doc__)
try: bm.x = 1
except AttributeError as e: print(type(e).__name__, e)
A.m.foo = 5
print(bm.foo)
print(bm == A().m, bm == bm.__self__.m)
