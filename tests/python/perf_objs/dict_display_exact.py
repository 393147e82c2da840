# Dict displays of 1-5 pairs get an entries array of exactly their size:
# growing past it, deleting, popitem, copies, dict(d), order and
# __sizeof__ must be CPython's.
import sys


def show(label, d):
    print(label, d, len(d), sys.getsizeof(d), list(d.items())[-2:])


for n in range(1, 6):
    d = dict(zip("abcde"[:n], range(n)))
    lit = [{"a": 0}, {"a": 0, "b": 1}, {"a": 0, "b": 1, "c": 2}, {"a": 0, "b": 1, "c": 2, "d": 3},
           {"a": 0, "b": 1, "c": 2, "d": 3, "e": 4}][n - 1]
    print(n, lit == d, sys.getsizeof(lit), sys.getsizeof(d))
    for k in "vwxyz":
        lit[k] = len(lit)
        show("grow%d" % n, lit)
    del lit["a"]
    show("del", lit)
    print(lit.popitem(), lit.popitem())
    lit["q"] = 1
    show("after", lit)
d = {1: "x", 2.5: "y", None: "z"}
d["s"] = 4
d[(1, 2)] = 5
d[3] = 6
show("general", d)
d = {"a": 1, "b": 2, "c": 3}
c = d.copy()
e = dict(d)
c["d"] = 4
e["e"] = 5
d["f"] = 6
show("orig", d)
show("copy", c)
show("dictof", e)
d = {"a": 1, "b": 2}
del d["a"]
d["a"] = 3
d["c"] = 4
d["d"] = 5
show("reinsert", d)
print(d.popitem(), d.popitem(), d.popitem(), d.popitem())
try:
    d.popitem()
except KeyError as ex:
    print("KeyError", ex)
d = {"x": 1, "y": 2, "z": 3}
try:
    for k in d:
        d["w"] = 0
except RuntimeError as ex:
    print("RuntimeError", ex)
show("itermut", d)
d = {"k": 1}
print(d.setdefault("k", 2), d.setdefault("j", 3), d.setdefault("i", []), d)
d.update({"h": 4, "g": 5}, f=6)
show("update", d)
d.clear()
d["n"] = 1
show("clear", d)
d = {"a": 1, "b": 2, "c": 3, "d": 4}
print({**d, "e": 5}, {"z": 0, **d}, d | {"a": 9, "x": 1}, sys.getsizeof(d | {"x": 1}))
rows = [{"index": i, "first": i == 0, "last": i == 2} for i in range(3)]
for r in rows:
    r["extra"] = r["index"] * 2
print(rows, [sys.getsizeof(r) for r in rows])


class K:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return 1

    def __eq__(self, other):
        if isinstance(other, K) and self.n == 0:
            target["late"] = 1  # mutates the dict during lookup
        return isinstance(other, K) and self.n == other.n


target = {K(1): "a", K(2): "b", "s": 3}
print(K(0) in target, len(target), K(2) in target, sorted(k if isinstance(k, str) else k.n for k in target if not isinstance(k, K)))
big = {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6, "g": 7, "h": 8}
kw = dict(a=1, b=2, c=3, d=4, e=5, f=6, g=7)
for k in "ijklmnopq":
    big[k] = len(big)
    kw[k] = len(kw)
    print(k, sys.getsizeof(big), sys.getsizeof(kw))
del big["a"], kw["b"]
show("bigdel", big)
show("kwdel", kw)
print(big.popitem(), kw.popitem(), list(big)[:3], list(kw)[-3:])
mixed = {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6, 7: 7}
strs = {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6, "g": 7}
print(sys.getsizeof(mixed), sys.getsizeof(strs), sys.getsizeof({"a": 1, 2: 2}), sys.getsizeof({1: 1, "a": 2}))
strs[8] = 8
mixed["h"] = 8
print(sys.getsizeof(mixed), sys.getsizeof(strs), list(strs.items())[-2:], list(mixed)[-3:])
for i in range(9, 20):
    strs[i] = i
    mixed[str(i)] = i
print(sys.getsizeof(mixed), sys.getsizeof(strs), len(strs), len(mixed))
