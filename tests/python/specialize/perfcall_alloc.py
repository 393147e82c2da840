# Instances allocated in one piece with their __slots__ or their first
# attributes: slotted classes, slots plus __dict__, subclasses, many
# attributes, deletion, __class__ assignment, vars() and __dict__.
import gc


class S:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z


class SD:
    __slots__ = ("a", "__dict__")

    def __init__(self, a):
        self.a = a
        self.extra = a * 2


class SubS(S):
    def __init__(self, *a):
        super().__init__(*a)
        self.w = 9


class Big:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "f%d" % i, i)


class Two:
    def __init__(self, p, q):
        self.p = p
        self.q = q


class TwoB:
    def __init__(self, p, q):
        self.p = p
        self.q = q


class Empty:
    pass


class Many:
    __slots__ = tuple("s%d" % i for i in range(12))

    def __init__(self):
        for i, n in enumerate(self.__slots__):
            setattr(self, n, i)


def run():
    for i in range(200):
        s = S(i, i + 1, i + 2)
        sd = SD(i)
        ss = SubS(1, 2, 3)
        b = Big(i % 15)
        t = Two(i, -i)
        e = Empty()
        m = Many()
    print(s.x + s.y + s.z, sd.a, sd.extra, vars(sd), ss.x, ss.w, vars(ss))
    print(sorted(vars(b).items())[:3], len(vars(b)), vars(t), vars(e), m.s11)
    try:
        s.q = 1
    except AttributeError as e:
        print(e)
    try:
        print(S.__new__(S).x)
    except AttributeError as e:
        print(e)
    del s.y
    try:
        s.y
    except AttributeError as e:
        print(e)
    s.y = 5
    print(s.y)
    for i in range(50):
        t = Two(i, i)
        t.r = 3
        t.s = 4
        del t.p
        t.__dict__["u"] = 1
    print(vars(t), Two(1, 2).__dict__)
    t = Two(1, 2)
    t.__class__ = TwoB
    t.z = 0
    print(type(t).__name__, vars(t))
    objs = [Two(i, i) for i in range(100)]
    for o in objs[::2]:
        o.extra = o.p
    print(sum(o.p for o in objs), sum(getattr(o, "extra", 0) for o in objs))


run()


class F:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("finalizing", self.name)


f = F("plain")
del f
gc.collect()
print("done")
