# dict(d) and d.copy() of small and larger dicts, of dict subclasses with
# __missing__ and __iter__, then growth past the copied table: contents,
# order and independence from the source.


class Missing(dict):
    def __missing__(self, key):
        return key * 2


class OwnIter(dict):
    def __iter__(self):
        return iter(["b"])

    def keys(self):
        return ["b"]


for n in (0, 1, 3, 5, 6, 11, 40):
    src = {"k%d" % i: i for i in range(n)}
    a = dict(src)
    b = src.copy()
    a["new"] = 1
    b["other"] = 2
    for i in range(8):
        a["x%d" % i] = i
    print(n, len(src), list(a)[:4], len(a), len(b), "new" in src, "other" in src)
    if n:
        del src["k0"]
    print(sorted(dict(src).items())[:3], len(dict(src)), len(src.copy()))

m = Missing(a=1, é="x")
c = dict(m)
print(type(c).__name__, c, m["zz"], type(m.copy()).__name__)
o = OwnIter(a=1, b=2)
print(dict(o), o.copy())
ctx = {"title": "t", "user": {"name": "ada"}, "rows": [1, 2]}
inner = dict(ctx)
inner["row"] = 1
inner["loop"] = {"index": 1}
deeper = dict(inner)
deeper["tag"] = "t1"
deeper["loop"] = {"index": 2}
print(ctx, inner, deeper, sep="\n")
