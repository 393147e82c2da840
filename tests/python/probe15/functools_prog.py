# functools in applications: singledispatch (types, register via annotations, ABCs),
# singledispatchmethod, cached_property, total_ordering, lru_cache stats, partial, reduce, wraps.
import functools, collections.abc as cabc, decimal, numbers
from functools import singledispatch, singledispatchmethod, cached_property, total_ordering, lru_cache, partial, wraps, reduce

@singledispatch
def show(x):
    return f"obj:{x!r}"
@show.register
def _(x: int):
    return f"int:{x}"
@show.register(float)
@show.register(decimal.Decimal)
def _(x):
    return f"num:{x}"
@show.register
def _(x: cabc.Mapping):
    return "map:" + ",".join(f"{k}={show(v)}" for k, v in x.items())
@show.register(list)
def _(x):
    return "[" + " ".join(show(i) for i in x) + "]"
print(show(1), show(True), show(2.5), show(decimal.Decimal("1.1")), show({"a": [1, "s"]}), show(None), show((1,)))
print(sorted(k.__name__ for k in show.registry), show.dispatch(bool).__name__ if hasattr(show.dispatch(bool), "__name__") else "")
class Fmt:
    @singledispatchmethod
    def fmt(self, arg):
        return "other"
    @fmt.register
    def _(self, arg: str):
        return "str " + arg
    @fmt.register
    def _(self, arg: numbers.Integral):
        return f"integral {arg}"
print(Fmt().fmt("a"), Fmt().fmt(3), Fmt().fmt(2.0))

class Data:
    def __init__(self, xs):
        self.xs = xs
        self.calls = 0
    @cached_property
    def total(self):
        self.calls += 1
        return sum(self.xs)
d = Data([1, 2, 3])
print(d.total, d.total, d.calls, "total" in d.__dict__)
del d.total
print(d.total, d.calls, type(Data.__dict__["total"]).__name__, Data.total.attrname)

@total_ordering
class Ver:
    def __init__(self, s):
        self.t = tuple(map(int, s.split(".")))
    def __eq__(self, o):
        return self.t == o.t
    def __lt__(self, o):
        return self.t < o.t
    def __repr__(self):
        return "V" + ".".join(map(str, self.t))
vs = [Ver("1.10"), Ver("1.2"), Ver("0.9.9")]
print(sorted(vs), Ver("1.0") >= Ver("1.0"), Ver("2") > Ver("1.9"), Ver("1") <= Ver("0.1"), max(vs))

@lru_cache(maxsize=3)
def sq(n):
    return n * n
for n in [1, 2, 3, 1, 4, 2, 5, 1]:
    sq(n)
print(sq.cache_info(), sq.cache_parameters())
sq.cache_clear()
print(sq.cache_info())
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@functools.cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(20), fact.cache_info().currsize)
@lru_cache(typed=True)
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0), typed(1), typed.cache_info())

def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        """inner doc"""
        return fn(*a, **k) * 2
    return inner
@deco
def double_me(x: int) -> int:
    """Return x."""
    return x
print(double_me(4), double_me.__name__, double_me.__doc__, double_me.__wrapped__(4), double_me.__annotations__)
p = partial(int, base=2)
print(p("1011"), p.func, p.args, p.keywords, repr(partial(max, 1, key=abs)))
pp = partial(partial(sorted, key=len), reverse=True)
print(pp(["aa", "b", "ccc"]), pp.func, pp.keywords)
print(reduce(lambda a, b: a * b, range(1, 8)), reduce(lambda a, b: a + b, [], 10))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError", e)
print(functools.cmp_to_key(lambda a, b: (a > b) - (a < b))(3) < functools.cmp_to_key(lambda a, b: (a > b) - (a < b))(4))
print(sorted(["b", "A", "c"], key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
class PM:
    def m(self, a, b):
        return a - b
    pm = functools.partialmethod(m, 10)
print(PM().pm(3))
