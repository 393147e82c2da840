# Instances allocated with room for 1, 2 or 3 attributes, growing past it;
# tuple(iterable) of short lengths; builtin methods called with and without
# their optional arguments (the fast call path), and their errors.

class One:
    def __init__(self, a):
        self.a = a

class Three:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

class S1:
    __slots__ = ("v",)
    def __init__(self, v):
        self.v = v

class S3:
    __slots__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z
    def __add__(self, o):
        return S3(self.x + o.x, self.y + o.y, self.z + o.z)
    def __repr__(self):
        return "S3(%r, %r, %r)" % (self.x, self.y, self.z)

objs = [One(i) for i in range(5)]
objs[2].b = "extra"
objs[3].b, objs[3].c, objs[3].d = 1, 2, 3
print([vars(o) for o in objs])
ts = [Three(i, i * 2, i * 3) for i in range(4)]
ts[1].w = "w"
ts[2].__dict__["q"] = 9
del ts[3].y
print([vars(t) for t in ts])
for k in range(3):
    t = Three(k, k, k)
    t.extra1 = k
    t.extra2 = k
    print(sorted(vars(t).items()))
v = S3(1, 2, 3)
for _ in range(5):
    v = v + S3(0.5, 1, -1)
print(v)
try:
    v.w = 1
except AttributeError as e:
    print("AttributeError", e)
s = S1(4)
del s.v
try:
    s.v
except AttributeError as e:
    print("AttributeError", e)
s.v = 5
print(s.v)

# tuple(iterable): lengths 0..6, from generators, sets, strings, dicts
for n in range(7):
    t = tuple(i * i for i in range(n))
    print(n, t, len(t), hash(t) == hash(tuple(list(t))), t == tuple(range(n)) if n < 2 else t[-1])
print(tuple("abc"), tuple({"k": 1, "j": 2}), len(tuple(x for x in ())), tuple([]) == ())
t3 = tuple(iter([3, 1, 2]))
print(t3 < (3, 1, 3), t3 > (3, 1), t3 + (4,), t3 * 2, t3.index(2), t3.count(1))
print(sorted([tuple(int(p) for p in s.split(".")) for s in ["1.2.3", "1.10.0", "0.9", "1.2"]]))

class T(tuple):
    pass

u = T(x for x in "ab")
print(type(u).__name__, u, u == ("a", "b"))
try:
    tuple(1)
except TypeError as e:
    print("TypeError", e)
try:
    tuple(x for x in [1, 0] if 1 / x)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

# builtin methods with optional arguments omitted, given, and wrong
s = "a,b,,c,d"
print(s.replace(",", ";"), s.replace(",", ";", 2), s.replace(",", ";", 0), s.replace(",", ";", -1))
print(s.startswith("a"), s.startswith(",", 1), s.startswith("b", 2, 3), s.endswith("d", 0, -1))
print(s.find(","), s.find(",", 2), s.find(",", 2, 3), s.rfind(","), s.index("c"))
print(s.split(","), s.split(",", 1), s.rsplit(",", 2), s.strip("a"), s.count(","), s.count(",", 3))
print("x".join(["1", "2"]), "%".center(5), "%".center(5, "*"), "7".zfill(3), "ab".ljust(4, "-"))
lst = [1, 2, 3]
lst.insert(0, 0)
print(lst.pop(), lst.pop(0), lst, lst.index(2), {"a": 1}.get("a"), {"a": 1}.get("b"), {"a": 1}.get("b", 7))
for call in (lambda: s.replace(","), lambda: s.replace(",", ";", 1, 2), lambda: s.replace(1, "x"),
             lambda: s.replace(",", 2), lambda: s.replace(",", ";", "x"), lambda: s.startswith(),
             lambda: s.find(",", "x"), lambda: lst.pop(1, 2), lambda: {}.get(), lambda: s.split(",", 1, 2),
             lambda: "".join([1]), lambda: s.center()):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
