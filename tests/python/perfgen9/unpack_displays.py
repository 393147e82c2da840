# Assignments whose value is a tuple or list display: flat, nested and
# starred targets, the order values are computed and targets stored in,
# and the errors of displays of the wrong length.
log = []


def v(x):
    log.append("eval %r" % (x,))
    return x


class Rec:
    def __setattr__(self, name, value):
        log.append("set %s=%r" % (name, value))
        object.__setattr__(self, name, value)


class Box(list):
    def __setitem__(self, i, value):
        log.append("item %r=%r" % (i, value))
        super().__setitem__(i, value)


def show(label, *vals):
    print(label, vals, log)
    log.clear()


def flat(q, r, i):
    a, b = v(q), v(r)
    show("two", a, b)
    a, b = b, a
    show("swap", a, b)
    a, b, c, d, e = v(1), v(2), v(3), v(4), v(5)
    show("five", a, b, c, d, e)
    (x, y), z = (v(q), v(r)), v(i & 7)
    show("nested", x, y, z)
    [x, (y, z)], w = [v(1), (v(2), v(3))], v(4)
    show("nested list", x, y, z, w)
    (x, y), z = (1, 2), v(3)
    show("constant inner", x, y, z)
    head, *mid, tail = (v(i), v(i + 1), v(i + 2), v(i + 3))
    show("star", head, mid, tail)
    *first, last = v(1), v(2)
    show("star first", first, last)
    a, *b = [v(9)]
    show("star empty", a, b)
    *s, = v(1), v(2), v(3)
    show("star only", s)
    (a, *b), c = (v(1), v(2), v(3)), v(4)
    show("nested star", a, b, c)
    o = Rec()
    bx = Box([0, 0, 0])
    o.a, bx[v(0)], o.b = v("x"), v("y"), v("z")
    show("targets", o.a, o.b, bx)
    o.a, *o.b = v(1), v(2), v(3)
    show("star attr", o.a, o.b)
    bx[0], (bx[1], bx[2]) = v(7), (v(8), v(9))
    show("nested items", bx)
    x = y = 0
    x, y = y + 1, x + 2
    show("reads before stores", x, y)
    lst = [1, 2, 3]
    lst[0], lst[1] = lst[1], lst[0]
    show("list swap", lst)
    a, b, c, d, e, f, g, h, i2 = 1, 2, 3, 4, 5, 6, 7, 8, 9
    show("nine", a, b, c, d, e, f, g, h, i2)


flat(10, 20, 13)


def errors():
    for src in ("a, b = 1, 2, 3", "a, b, c = 1, 2", "(a, b), c = (1, 2, 3), 4", "a, *b, c = (1,)",
                "(a, *b, c), d = (1,), 2", "a, b = [1]", "a, b = (v(1), v(2), v(3))"):
        try:
            exec(src, {"v": v})
        except ValueError as e:
            print(src, "->", type(e).__name__, e, log)
            log.clear()


errors()


def raising():
    def boom():
        raise KeyError("boom")
    a = b = None
    try:
        a, (b, c) = v(1), (v(2), boom())
    except KeyError as e:
        print("KeyError", e, a, b, log)
        log.clear()
    o = Rec()
    try:
        o.x, o.y, (o.z, q) = v(1), v(2), (v(3), boom())
    except KeyError as e:
        print("KeyError", e, hasattr(o, "x"), log)
        log.clear()

    class Bad:
        def __setattr__(self, name, value):
            if name == "y":
                raise AttributeError("no y")
            object.__setattr__(self, name, value)
    b = Bad()
    try:
        b.x, (b.y, b.z) = 1, (2, 3)
    except AttributeError as e:
        print("AttributeError", e, b.x, hasattr(b, "z"))


raising()

# At module level (names, not fast locals) and in a class body.
m1, (m2, *m3) = 1, (2, 3, 4)
print(m1, m2, m3)


class C:
    p, *q = 1, 2, 3
    (r, s), t = (4, 5), 6


print(C.p, C.q, C.r, C.s, C.t)


def gen():
    a, (b, c) = (yield 1), ((yield 2), (yield 3))
    yield a, b, c


g = gen()
print(next(g), g.send("A"), g.send("B"), g.send("C"))
