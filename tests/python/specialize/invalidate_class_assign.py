# __class__ assignment, __slots__ members and instance layouts that diverge
# after a site was quickened.


class A:
    def __init__(self):
        self.v = 1

    def who(self):
        return "A"


class B:
    def __init__(self):
        self.v = 2

    def who(self):
        return "B"


def probe(objs):
    return [(o.who(), o.v) for o in objs]


objs = [A() for _ in range(10)]
print(probe(objs)[:2])
objs[1].__class__ = B
print(probe(objs)[:3])
objs[2].extra = 5  # a different layout
objs[3].__dict__["v"] = 30  # materialized dict
print(probe(objs)[:4])
del objs[4].v
try:
    probe(objs)
except AttributeError as e:
    print(type(e).__name__, e)


class S:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a


def sums(items):
    t = 0
    for s in items:
        s.b = s.a * 2
        t += s.a + s.b
    return t


ss = [S(i) for i in range(20)]
print(sums(ss))
del ss[5].a
try:
    sums(ss)
except AttributeError as e:
    print(type(e).__name__, e)


def grow(n):
    out = []
    for i in range(n):
        o = A()
        o.x = i
        o.y = i + 1
        if i % 3 == 0:
            o.z = 0
        o.w = o.x + o.y
        out.append(sorted(vars(o)))
    return out


print(grow(7))
