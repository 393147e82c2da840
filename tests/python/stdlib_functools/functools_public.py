# The functools module over _functools: lru_cache and cache as decorators,
# wraps, partial and partialmethod, reduce, cmp_to_key, total_ordering,
# cached_property, and their errors.
import functools

def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)

print(functools.partial.__module__, type(functools.lru_cache(lambda: 1)).__name__)

@functools.lru_cache(maxsize=3)
def f(x, y=1):
    "doc of f"
    return x * y
print(f(2), f(2), f(3, y=4), f(2, 1), f.cache_info(), f.__name__, f.__doc__, f.__wrapped__.__name__, f.cache_parameters())
for i in range(6):
    f(i)
print(f.cache_info())
f.cache_clear()
print(f.cache_info(), f.__qualname__, f.__module__)

@functools.lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), fib.cache_info())

@functools.cache
def double(n):
    return n * 2
print(double(4), double(4), double.cache_info(), double.cache_parameters())

@functools.lru_cache(maxsize=None, typed=True)
def kind(x):
    return type(x).__name__
print(kind(1), kind(1.0), kind(True), kind.cache_info())
err(lambda: functools.lru_cache(maxsize='x'))
err(lambda: functools.lru_cache(-1)(len).cache_info())
err(lambda: fib([]))

class Holder:
    @functools.lru_cache(maxsize=16)
    def method(self, x):
        return (id(self) > 0, x * 3)
h = Holder()
print(h.method(2), h.method(2), Holder.method.cache_info())

p = functools.partial(max, 3, key=abs)
print(p(-5, 1), repr(p), p.func is max, p.args, p.keywords)
class PM:
    def m(self, a, b=0):
        return a, b
    m1 = functools.partialmethod(m, 1)
    m2 = functools.partialmethod(m, b=9)
print(PM().m1(), PM().m1(b=2), PM().m2(5), repr(PM.__dict__['m1'])[:40])

print(functools.reduce(lambda a, b: a * b, range(1, 8)), functools.reduce(lambda a, b: a + b, [], 'x'))
err(lambda: functools.reduce(lambda a, b: a + b, []))
print(sorted(['bb', 'a', 'ccc'], key=functools.cmp_to_key(lambda a, b: len(b) - len(a))))

@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(2) > V(1), V(1) >= V(1))

class Thing:
    count = 0
    @functools.cached_property
    def val(self):
        Thing.count += 1
        return 42
t = Thing()
print(t.val, t.val, Thing.count, 'val' in vars(t))

def deco(fn):
    @functools.wraps(fn)
    def w(*a, **k):
        return fn(*a, **k)
    return w
@deco
def named(a):
    "named doc"
    return a
print(named.__name__, named.__doc__, named.__wrapped__.__name__, named(5))
cached_named = functools.lru_cache()(named)
print(cached_named.__name__, cached_named.__wrapped__ is named)
