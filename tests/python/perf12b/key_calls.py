# Key functions called from Go (min, max, sorted, map, filter): plain
# functions, defaults, *args, closures over cells changed later, bound
# methods, generators as keys, and keys that raise part-way.
def plain(x):
    return -x

def with_default(x, k=10):
    return x % k

def star(*a):
    return -a[0]

def make_key():
    m = 1
    def key(x):
        return x * m
    m = -1  # the cell changes after the closure was made
    return key

class C:
    def __init__(self, k):
        self.k = k
    def key(self, x):
        return (x * self.k) % 7

data = [5, 3, 9, 1, 7, 12, 0]
for k in (plain, with_default, star, make_key(), C(3).key, len if False else abs):
    print(k.__name__ if hasattr(k, "__name__") else k, sorted(data, key=k), min(data, key=k), max(data, key=k))
print(list(map(plain, data)), list(filter(with_default, data)))

def gen_key(x):
    yield x
print(type(sorted([1], key=gen_key)[0]).__name__)

calls = []
def raising(x):
    calls.append(x)
    if x == 9:
        raise KeyError(x)
    return x
for f in (sorted, min, max):
    calls.clear()
    try:
        f(data, key=raising)
    except KeyError as e:
        print(f.__name__, "KeyError", e, calls)

def deep(n):
    return n if n <= 0 else deep(n - 1)
print(sorted(range(5), key=deep))

import sys
def recurse(x):
    return sorted([x], key=recurse)
try:
    recurse(1)
except RecursionError as e:
    print("RecursionError", type(e).__name__)

# a key that sorts the same list (re-entering from the key)
inner = []
def key2(x):
    inner.append(sorted([3, 2, 1], key=lambda y: y))
    return x
print(sorted([2, 1], key=key2), inner)
