# Dict layout: order after deletes and resizes, small tables, kinds, sizes.
import sys

def show(d):
    print(list(d.items()), len(d))

# small dicts built by displays of 1..8 items, then grown past the small table
for n in range(0, 9):
    d = {str(i): i for i in range(n)}
    lit = dict(zip([str(i) for i in range(n)], range(n)))
    print(n, d == lit, list(d), sys.getsizeof({}) == sys.getsizeof(dict()))
    for i in range(n, n + 7):
        d[str(i)] = i
    show(d)

# displays with mixed key kinds (first key decides the table kind)
for d in ({1: "a"}, {"a": 1, 2: "b"}, {1: "a", "b": 2}, {"a": 1, "b": 2, "c": 3},
          {(1, 2): 1, "x": 2}, {1.5: 1, 1: 2, True: 3}):
    show(d)
    d[99] = 99
    d["zz"] = 0
    show(d)

# deletion then insertion keeps order; holes are compacted on resize
d = {}
for i in range(20):
    d[i] = i * i
for i in range(0, 20, 3):
    del d[i]
show(d)
for i in range(100, 110):
    d[i] = -i
show(d)
d[0] = "back"
show(d)
while len(d) > 3:
    d.popitem()
show(d)
d["s"] = 1
show(d)

# popitem down to empty, then reinsert of both kinds
d = {"a": 1, "b": 2}
print(d.popitem(), d.popitem(), d)
d[1] = 1
d["c"] = 2
show(d)
try:
    d.popitem(); d.popitem(); d.popitem()
except KeyError as e:
    print("KeyError", e)

# str keys in a small table, then a non-str key converts it
d = {"x": 1, "y": 2, "z": 3}
d[3] = 4
del d["y"]
d["y"] = 5
show(d)

# copies and updates of small and grown dicts
a = {"p": 1, "q": 2}
b = a.copy()
b["r"] = 3
print(a, b)
c = dict(a, s=4, t=5)
c.update(b)
c.update({"u": 6}, v=7)
show(c)
e = {}
e.update(a)
e[1] = 2
show(e)

# clear and reuse
d = {"a": 1}
d.clear()
d[2] = 2
d["b"] = 3
show(d)

# equal keys of different types keep the first key object
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
show(d)
print({1.0: "f", 1: "i"})

# dict subclasses and fromkeys
class D(dict):
    pass
x = D(a=1, b=2)
x["c"] = 3
show(x)
show(dict.fromkeys("abcdefghij", 0))
show(dict.fromkeys(range(3)))

# mutation during iteration is detected
d = {"a": 1, "b": 2}
try:
    for k in d:
        d[k + "x"] = 0
except RuntimeError as e:
    print("RuntimeError", e)

# keys used by attribute caches: instance dicts, globals, class dicts
class C:
    pass
objs = [C() for _ in range(4)]
for i, o in enumerate(objs):
    o.a = i
    if i % 2:
        o.b = i
    if i == 3:
        del o.a
        o.a = "re"
print([vars(o) for o in objs])
g = {}
exec("x = 1\ndef f():\n    return x\n", g)
print(g["f"]())
g["x"] = 2
print(g["f"]())
del g["x"]
try:
    g["f"]()
except NameError as e:
    print("NameError", e)
g["x"] = 3
print(g["f"]())

# sizes: the table kinds and sizes CPython reports
r=[]
for n in range(0, 12):
    d = {str(i): i for i in range(n)}
    e = {i: i for i in range(n)}
    r.append((sys.getsizeof(d), sys.getsizeof(e)))
def kw(**k): return k
r.append(sys.getsizeof(kw(a=1,b=2)))
d={"a":1,"b":2}; d.popitem(); d.popitem(); d[1]=2; r.append(sys.getsizeof(d))
d={"a":1}; d[2]=3; r.append(sys.getsizeof(d))
d={1:1, "a":1}; r.append(sys.getsizeof(d))
d={"a":1, 1:1}; r.append(sys.getsizeof(d))
d={"a":1, "b":1,"c":1,"d":1,"e":1, 1:1}; r.append(sys.getsizeof(d))
print(r)

# copies of small tables are independent, keep order, holes and kinds
for src in ({"a": 1, "b": 2, "c": 3}, {1: 1, 2: 2}, {"x": 1, 2: 2, "y": 3, "z": 4, 5: 5}):
    c = src.copy()
    c["new"] = 0
    del c[next(iter(c))]
    print(src, c, sys.getsizeof(src) == sys.getsizeof(src.copy()))
    for i in range(8):
        c[("k", i)] = i
    print(len(c), list(c)[:3], src)
d = {"p": 1, "q": 2, "r": 3}
d.popitem()
e = d.copy()
e["s"] = 4
e["t"] = 5
e["u"] = 6
print(d, e, dict(e), {**d, "v": 7}, sys.getsizeof(d.copy()))
def f(**kw):
    g = kw.copy()
    g.update(extra=1)
    return kw, g
print(f(a=1, b=2))
