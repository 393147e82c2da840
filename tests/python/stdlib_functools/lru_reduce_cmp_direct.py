# _functools._lru_cache_wrapper, reduce and cmp_to_key imported directly.
import _functools as F

def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

def info(*a):
    return a

calls = []
def sq(x, *rest, **kw):
    calls.append(x)
    return x * x

# unbounded
w = F._lru_cache_wrapper(sq, None, False, info)
print([w(i) for i in (1, 2, 1, 3, 2)], w.cache_info(), calls)
print(w(1.0), w(x=1), w(1, k=2), w.cache_info())
w.cache_clear()
print(w.cache_info())
print(w(2), w.cache_info())

# typed
calls.clear()
t = F._lru_cache_wrapper(sq, None, True, info)
print(t(1), t(1.0), t(True), t(1), t.cache_info(), calls)

# disabled
calls.clear()
z = F._lru_cache_wrapper(sq, 0, False, info)
print(z(1), z(1), z.cache_info(), calls)
n = F._lru_cache_wrapper(sq, -5, False, info)
print(n(2), n.cache_info())

# bounded, LRU eviction
calls.clear()
b = F._lru_cache_wrapper(sq, 2, False, info)
for i in (1, 2, 1, 3, 2, 1, 1, 3):
    b(i)
print(b.cache_info(), calls)
b.cache_clear()
print(b.cache_info(), b(5), b.cache_info())

# recursion through the cache
@lambda f: F._lru_cache_wrapper(f, 3, False, info)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(40), fib.cache_info())

@lambda f: F._lru_cache_wrapper(f, None, False, info)
def fib2(n):
    return n if n < 2 else fib2(n - 1) + fib2(n - 2)
print(fib2(80), fib2.cache_info())

# exceptions are not cached
def boom(x):
    calls.append(('boom', x))
    raise ValueError(x)
bw = F._lru_cache_wrapper(boom, 4, False, info)
err(lambda: bw(1))
err(lambda: bw(1))
print(bw.cache_info())
err(lambda: w([1]))
err(lambda: b({}))

# attributes, descriptor, copies
w.__name__ = 'sq'
w.__qualname__ = 'q.sq'
w.__wrapped__ = sq
print(w.__name__, w.__wrapped__ is sq, sorted(w.__dict__))
print(w.__copy__() is w, w.__deepcopy__({}) is w, w.__reduce__())
class C:
    m = F._lru_cache_wrapper(lambda self, x: (type(self).__name__, x), None, False, info)
print(C().m(1), C.m(C(), 2), C.m.cache_info())
print(type(w).__name__, type(w).__module__)
err(lambda: F._lru_cache_wrapper(1, None, False, info))
err(lambda: F._lru_cache_wrapper(sq, 'x', False, info))
err(lambda: F._lru_cache_wrapper(sq, 2**70, False, info))
err(lambda: F._lru_cache_wrapper(sq))
err(lambda: F._lru_cache_wrapper(sq, None, False, info, 5))
err(lambda: F._lru_cache_wrapper(sq, None, False, info).__reduce__())
err(lambda: type('X', (F._lru_cache_wrapper,), {}))
print(F._lru_cache_wrapper(sq, maxsize=None, typed=0, cache_info_type=info).cache_info())

# reduce
add = lambda a, b: a + b
print(F.reduce(add, [1, 2, 3, 4]), F.reduce(add, [], 'init'), F.reduce(add, 'abc', '>'))
print(F.reduce(add, iter([[1], [2]])), F.reduce(lambda a, b: a * b, range(1, 10), 1))
print(F.reduce(add, [7]))
err(lambda: F.reduce(add, []))
err(lambda: F.reduce(add, 5))
err(lambda: F.reduce(add))
err(lambda: F.reduce(add, [], 1, 2))
err(lambda: F.reduce(add, [], initial=2))
err(lambda: F.reduce(add, [1, 'a']))
def gen():
    yield 1
    raise KeyError('g')
err(lambda: F.reduce(add, gen()))

# cmp_to_key
K = F.cmp_to_key(lambda a, b: (a > b) - (a < b))
print(type(K).__name__, type(K).__module__)
print(sorted([3, 1, 2], key=K), sorted('bca', key=F.cmp_to_key(lambda a, b: ord(b) - ord(a))))
print(K(1) < K(2), K(1) <= K(1), K(1) == K(1), K(1) != K(2), K(2) > K(1), K(2) >= K(3))
print(K(5).obj, K(obj=6).obj, K.obj)
k = K(1)
k.obj = 9
print(k.obj)
err(lambda: hash(K(1)))
err(lambda: K(1) < 3)
err(lambda: K(1) < K)
err(lambda: K())
err(lambda: K(1, 2))
err(lambda: K(foo=2))
err(lambda: F.cmp_to_key())
err(lambda: F.cmp_to_key(1, 2))
print(type(F.cmp_to_key(mycmp=len)).__name__)
err(lambda: F.cmp_to_key(len)(1) < F.cmp_to_key(len)(2))
print(sorted([[1, 2], [1], []], key=F.cmp_to_key(lambda a, b: len(a) - len(b))))
err(lambda: type(F.cmp_to_key(len))())
