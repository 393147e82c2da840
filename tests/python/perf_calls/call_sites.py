# A call site that has seen one callee many times (and may have been
# specialized for it) must follow every change: another function, another
# kind of callable, a reassigned __code__ or __defaults__, keywords.
import sys


def report(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)


def one(x):
    return x + 1


def two(x, y=10):
    return x + y


def gen(x):
    yield x


def kwonly(x, *, k=5):
    return x * k


class Cls:
    def __init__(self, x):
        self.x = x


def site(f, n=50):
    out = []
    for i in range(n):
        out.append(f(i))
    return out[-1]


print(site(one), site(two), site(abs), site(str), site(Cls).x, list(site(gen)))
print(site(kwonly), site(lambda v: v * 3), site(one))

# The global rebinding under a specialized call site.
def caller(i):
    return target(i)


target = one
print([caller(i) for i in range(40)][-1])
target = two
print(caller(1))
target = gen
print(list(caller(2)))
target = Cls
print(caller(3).x)
target = len
report(lambda: caller(4))
target = one
print(caller(5))

# __code__ and __defaults__ reassigned after many calls.
def f(a):
    return ("f", a)


def g(a, b):
    return ("g", a, b)


def h(a, b=7):
    return ("h", a, b)


for i in range(60):
    f(i)
f.__code__ = g.__code__
report(lambda: f(1))
print(site(lambda i: f(i, i), 3))
f.__code__ = h.__code__
report(lambda: f(1))
f.__defaults__ = (8,)
print(f(1))
f.__defaults__ = None
report(lambda: f(1))


def k(a, b=1):
    return a + b


for i in range(60):
    k(i)
k.__defaults__ = (100,)
print(k(1), k(1, 2))
k.__kwdefaults__ = {"b": 3}
print(k(1))

# Wrong argument counts at a hot site.
def fixed(a, b):
    return a - b


print(site(lambda i: fixed(i, 1)))
report(lambda: fixed(1))
report(lambda: fixed(1, 2, 3))
report(lambda: fixed(1, b=2, a=3))
report(lambda: fixed(1, c=2))
report(lambda: fixed(b=1))


# Recursion through a specialized site still hits the limit.
def rec(n):
    return rec(n + 1)


old = sys.getrecursionlimit()
sys.setrecursionlimit(80)
report(lambda: rec(0))
sys.setrecursionlimit(old)


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(20))

# Bound methods and functions with cells at the same site.
class P:
    def m(self, x):
        return ("m", x)


def maker(c):
    def inner(x):
        return (c, x)
    return inner


for fn in [P().m, maker("cell"), one, P().m]:
    print(site(fn, 40))
