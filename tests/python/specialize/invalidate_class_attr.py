# Specialized attribute loads and method calls must see a class attribute
# assigned after the site was quickened (type version tags).


class P:
    kind = "point"

    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x

    @property
    def double(self):
        return self.x * 2


def run(objs):
    out = []
    for o in objs:
        out.append((o.kind, o.get(), o.double, o.x))
    return out


ps = [P(i) for i in range(20)]
print(run(ps)[:3])
P.kind = "moved"
P.get = lambda self: -self.x
print(run(ps)[:3])
P.double = property(lambda self: self.x * 3)
print(run(ps)[:3])
del P.kind
try:
    run(ps)
except AttributeError as e:
    print(type(e).__name__, e)
P.kind = "back"
ps[0].kind = "own"  # an instance attribute now shadows the class one
ps[1].get = lambda: "instance function"
print(run(ps)[:3])
del P.double
try:
    run(ps)
except AttributeError as e:
    print(type(e).__name__, e)
