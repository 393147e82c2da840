import functools
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(lambda a, b: a + b, [], 'init'))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print(e)
p = functools.partial(int, base=2)
print(p('101'), p.func is int, p.keywords)
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info().hits > 0)
def deco(f):
    @functools.wraps(f)
    def w(*a): return f(*a)
    return w
@deco
def documented():
    "the doc"
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__)
print(sorted(['b', 'a', 'C'], key=functools.cmp_to_key(lambda x, y: (x.lower() > y.lower()) - (x.lower() < y.lower()))))
