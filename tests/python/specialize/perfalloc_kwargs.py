# **kwargs dicts: order, mutation, sizes beyond the small table, edge cases.
def kw(**kwargs):
    return kwargs

def both(a, b=2, *args, c=3, **kwargs):
    return a, b, args, c, kwargs

print(kw())
print(kw(a=1))
print(kw(z=1, y=2, x=3))
print(kw(**{"k%d" % i: i for i in range(12)}))
print(kw(a=1, **{"b": 2}, c=3))
print(both(1))
print(both(1, 2, 3, 4, c=5, d=6, e=7))
print(both(a=1, b=2, x=1))
print(both(1, **{"c": 9, "q": 8}))

d = kw(a=1, b=2, c=3, d=4, e=5)
d["f"] = 6
d["g"] = 7
del d["a"]
d[1] = "int key"
print(d, len(d))
d2 = kw(p=1)
d2.update(q=2, r=3, s=4, t=5, u=6, v=7)
print(d2)

def fwd(*a, **k):
    return kw(*a, **k)
print(fwd(x=1, y=2))

# each call gets a fresh dict
def acc(**k):
    k["n"] = k.get("n", 0) + 1
    return k
print(acc(), acc(n=5), acc())

try:
    kw(1)
except TypeError as e:
    print("TypeError", e)
try:
    both(1, a=2)
except TypeError as e:
    print("TypeError", e)
try:
    kw(**{1: 2})
except TypeError as e:
    print("TypeError", e)
try:
    kw(a=1, **{"a": 2})
except TypeError as e:
    print("TypeError", e)

class K:
    def __init__(self, **kw):
        self.__dict__.update(kw)
    def m(self, *a, **kw):
        return sorted(kw.items()), a
k = K(x=1, y=2)
print(vars(k), k.m(1, z=3, w=4))
print(dict(a=1, b=2), dict({"a": 1}, b=2), dict([(1, 2)], c=3))
import sys
print(sys.getsizeof(kw(a=1)) == sys.getsizeof({"a": 1}))
