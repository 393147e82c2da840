# dict(d) and d.copy() of small dicts allocate the copy with its table; the
# copy is independent, keeps order, key identity and CPython's __sizeof__.
import sys

def show(d):
    c1, c2 = dict(d), d.copy()
    print(c1, c2, c1 == d, c1 is d, list(c1) == list(d), c1.__sizeof__() == dict(d).__sizeof__())
    return c1

d = {"a": 1, "b": 2, "c": 3}
c = show(d)
c["d"] = 4
print(d, c)
d["e"] = 5
print(d, c)
show({})
show({1: "x", 2.5: "y", (1, 2): "z"})
h = {i: i for i in range(5)}
del h[2]
del h[0]
print(show(h))
big = {str(i): i for i in range(40)}
print(len(show(big)))
for n in range(8):
    x = {k: k * k for k in range(n)}
    y = dict(x)
    y[100] = 1
    print(n, len(x), len(y), list(y)[-1], sys.getsizeof(dict(x)) == sys.getsizeof(x.copy()))
k = "key" + str(1)
src = {k: 1}
print(next(iter(dict(src))) is k)

class D(dict):
    def keys(self):
        return ["a"]
    def __getitem__(self, key):
        return "from D"

s = D(a=1, b=2)
print(dict(s), type(dict(s)).__name__, dict(s).copy())
print(dict({"x": 1}, y=2), dict(d, **{"z": 0}))
e = {"p": 1}
e2 = dict(e)
e2.pop("p")
print(e, e2, len(e2))
for i in range(3):
    inner = dict(d)
    inner["loop"] = {"index": i + 1, "first": i == 0, "last": i == 2}
    print(inner)
