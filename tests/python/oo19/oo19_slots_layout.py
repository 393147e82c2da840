# __slots__ storage: counts 1..10 (inline and out-of-line blocks),
# inheritance adding slots, __dict__ + __slots__, __weakref__ slots,
# deletion and unset-slot AttributeErrors, __class__ assignment between
# compatible layouts, and slot values surviving many allocations.
import gc
import weakref


def make_class(n):
    names = tuple("s%d" % i for i in range(n))
    return type("C%d" % n, (), {"__slots__": names})


for n in range(1, 11):
    C = make_class(n)
    objs = []
    for k in range(50):
        o = C()
        for i in range(n):
            setattr(o, "s%d" % i, k * 100 + i)
        objs.append(o)
    gc.collect()
    ok = all(getattr(o, "s%d" % i) == k * 100 + i for k, o in enumerate(objs) for i in range(n))
    print(n, ok, sorted(C.__slots__) == sorted("s%d" % i for i in range(n)))


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)


v = Vec(0.0, 0.0, 0.0)
for i in range(20000):
    v = v + Vec(1.0, 2.0, 0.5)
print(v.x, v.y, v.z)

try:
    Vec(1, 2, 3).w = 1
except AttributeError as e:
    print("AttributeError:", e)

u = Vec(1, 2, 3)
del u.y
try:
    u.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    del u.y
except AttributeError as e:
    print("AttributeError:", e)
u.y = 9
print(u.y)


class Empty:
    __slots__ = ("a", "b")


e = Empty()
for name in ("a", "b"):
    try:
        getattr(e, name)
    except AttributeError as ex:
        print("AttributeError:", ex)


class Vec4(Vec):
    __slots__ = ("w",)

    def __init__(self, x, y, z, w):
        super().__init__(x, y, z)
        self.w = w


q = Vec4(1, 2, 3, 4)
print(q.x, q.y, q.z, q.w, Vec.x.__get__(q), Vec4.w.__get__(q))
Vec.z.__set__(q, 30)
print(q.z)


class WithDict(Vec):
    pass


d = WithDict(1, 2, 3)
d.extra = "e"
print(d.x, d.z, d.extra, d.__dict__, hasattr(Vec(1, 2, 3), "__dict__"))


class Both:
    __slots__ = ("a", "__dict__", "__weakref__")


b = Both()
b.a = 1
b.other = 2
r = weakref.ref(b)
print(b.a, b.__dict__, r() is b)
del b
gc.collect()
print(r())


class A:
    __slots__ = ("p", "q")


class B:
    __slots__ = ("p", "q")


class C3:
    __slots__ = ("p", "q", "r")


a = A()
a.p, a.q = "P", "Q"
a.__class__ = B
print(type(a).__name__, a.p, a.q)
try:
    a.__class__ = C3
except TypeError as e:
    print("TypeError:", e)


class Big:
    __slots__ = tuple("b%d" % i for i in range(12))

    def __init__(self):
        for i in range(12):
            setattr(self, "b%d" % i, [i])


bigs = [Big() for _ in range(200)]
gc.collect()
print(sum(getattr(o, "b%d" % i)[0] for o in bigs for i in range(12)))


class Node:
    __slots__ = ("val", "next")


head = None
for i in range(1000):
    n = Node()
    n.val, n.next = i, head
    head = n
gc.collect()
s = 0
while head is not None:
    s += head.val
    head = head.next
print(s)


class Meta:
    __slots__ = ("v",)
    x = property(lambda self: self.v * 2)


m = Meta()
m.v = 21
print(m.x, Meta.v.__name__, type(Meta.v).__name__)


class FSub(float):
    __slots__ = ("tag",)


f = FSub(5.5)
f.tag = "t"
print(f + 1, f.tag)


class LSub(list):
    __slots__ = ("a", "b")


ls = LSub([1, 2])
ls.a, ls.b = "A", ls
print(ls, ls.a, ls.b is ls)


class ESub(ValueError):
    __slots__ = ("code",)


try:
    err = ESub("bad")
    err.code = 7
    raise err
except ESub as caught:
    print(repr(caught), caught.code)
