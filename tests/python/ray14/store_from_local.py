# Attribute and subscript assignments whose value is a local variable: the
# store reads the local directly, so every way the target's evaluation could
# disturb the local must still see the value computed first.


class Box:
    __slots__ = ("v", "w")


class Plain:
    pass


class Loud:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)

    def __setitem__(self, key, value):
        print("setitem", key, value)


def basic(x, y):
    b = Box()
    b.v = x
    b.w = y
    p = Plain()
    p.a = x
    d = {}
    d[x] = y
    lst = [0, 0]
    lst[1] = x
    lst[0:1] = y
    return b.v, b.w, p.a, d, lst


print(basic(3, [7, 8]))


def walrus_in_target(x):
    objs = [Plain(), Plain()]
    # the value is read before the subscript rebinds x
    objs[(x := 1)].attr = x
    print(objs[1].attr, x)
    d = {}
    d[(x := "k")] = x
    print(d, x)
    y = 10
    d[[(y := 20) for _ in "a"][0]] = y
    print(d, y)
    return x


print(walrus_in_target(5))


def order():
    log = []

    def get(tag, v):
        log.append(tag)
        return v

    target = Loud()
    val = "value"
    get("obj", target).attr = val
    get("obj2", target)[get("key", 1)] = val
    print(log)


order()


def unbound():
    b = Box()
    try:
        b.v = z  # noqa: F821 - assigned below, so a local
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    z = 1
    del z
    try:
        b.w = z
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    try:
        unknown.v = b  # noqa: F821
    except NameError as e:
        print("NameError", e)


unbound()


def errors(x):
    b = Box()
    try:
        b.other = x
    except AttributeError as e:
        print("AttributeError", e)
    try:
        (1).real = x
    except AttributeError as e:
        print("AttributeError", e)
    t = (1, 2)
    try:
        t[0] = x
    except TypeError as e:
        print("TypeError", e)
    try:
        x.attr = x
    except AttributeError as e:
        print("AttributeError", e)


errors(4)


def self_store(x):
    x.me = x
    return x.me is x


print(self_store(Plain()))


def multi(v):
    # several targets: each store sees the original value, even when an
    # earlier target rebinds the local being assigned
    p = Plain()
    (v, w) = p.a = v
    print(v, w, p.a)
    q = Plain()
    u = q.b = u2 = "s"
    print(u, q.b, u2)


multi((1, 2))


class Counter:
    def __init__(self, start, step):
        self.n = start
        self.step = step
        self.history = []
        self.history.append(start)

    def tick(self):
        n = self.n + self.step
        self.n = n
        self.history.append(n)
        return self


c = Counter(1, 2)
for _ in range(3):
    c.tick()
print(c.n, c.history)


def generator_store(obj):
    x = yield
    obj.v = x
    y = yield obj.v
    obj.w = y
    yield (obj.v, obj.w)


g = generator_store(Box())
next(g)
print(g.send("first"))
print(g.send("second"))


def closure_store():
    x = 1
    b = Plain()

    def bump():
        nonlocal x
        x += 1
        return b

    bump().val = x  # x is a cell: read before bump() rebinds it
    print(b.val, x)


closure_store()
