# Attribute stores that add a new attribute to an instance (STORE_ATTR_ADD,
# whose entry keeps the layout after the store in cacheEntry.aux), mixed
# with keyword calls at nearby sites: layouts must stay right across many
# instances, differing attribute orders, a class change and deletions.


class P:
    def __init__(self, x, y, *, z=0):
        self.x = x
        self.y = y
        self.z = z


class Q(P):
    pass


def build(cls, n):
    return [cls(i, i * 2, z=-i) for i in range(n)]


ps = build(P, 50) + build(Q, 50)
print(sum(p.x + p.y + p.z for p in ps), [vars(p) for p in ps[48:52]])


def grow(o, names):
    for k, name in enumerate(names):
        setattr(o, name, k)
    o.last = len(names)
    return o


class Bag:
    pass


bags = [grow(Bag(), ["a", "b"] if i % 2 else ["b", "a", "c"]) for i in range(30)]
print([sorted(vars(b).items()) for b in bags[:3]])


class Add:
    def __init__(self, v):
        self.v = v
        self.w = v + 1


objs = []
for i in range(40):
    if i == 20:
        Add.w = "class"  # a class attribute of the name being added
    a = Add(i)
    if i % 7 == 0:
        del a.v
        a.v = -i
    objs.append((a.v, a.w, list(vars(a))))
print(objs[:3], objs[19:22], objs[-1])
