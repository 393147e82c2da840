# Class instantiation with a Python __init__ run as a frame of the
# interpreter loop: results, __init__ returning non-None, raising,
# argument binding errors, keyword calls, module-attribute classes,
# __new__ overrides, metaclass __call__, tracebacks and settrace events.
import sys
import traceback


class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def s(self):
        return self.a + self.b


class D:
    def __init__(self, x, y=2, *args, z=3, **kw):
        self.v = (x, y, args, z, sorted(kw.items()))


class BadReturn:
    def __init__(self, r):
        self.r = r
        return r


class Raises:
    def __init__(self, v):
        if v:
            raise ValueError("bad %r" % (v,))
        self.v = v


class Many:
    def __init__(self, a, b, c, d, e, f, g, h, i, j):
        self.t = a + b + c + d + e + f + g + h + i + j


class Grows:
    def __init__(self, n):
        for k in range(n):
            setattr(self, "a%d" % k, k)


class GenInit:
    def __init__(self):
        yield 1


class NewOther:
    def __new__(cls, *a):
        return 42

    def __init__(self, *a):
        print("never")


class NewSub:
    def __new__(cls, *a):
        return super().__new__(cls)

    def __init__(self, x):
        self.x = x


class Meta(type):
    def __call__(cls, *a, **k):
        print("Meta.__call__", cls.__name__, a, sorted(k.items()))
        return super().__call__(*a, **k)


class WithMeta(metaclass=Meta):
    def __init__(self, q=0):
        self.q = q


class Closure:
    def __init__(self, v):
        def get():
            return v
        self.get = get


class Sub(P):
    pass


class SubInit(P):
    def __init__(self, a):
        super().__init__(a, a * 10)


def loops():
    t = 0
    for i in range(300):
        p = P(i, 1)
        t += p.s()
    print("P", t)
    for i in range(300):
        d = D(i, z=i)
        d2 = D(x=i)
        d3 = D(i, 5, 6, 7, w=1)
    print("D", d.v, d2.v, d3.v)
    for i in range(300):
        try:
            BadReturn(None if i % 3 else i)
        except TypeError as e:
            msg = str(e)
    print("BadReturn", msg)
    for r in (1, "s", [], 0.5, False):
        try:
            BadReturn(r)
        except TypeError as e:
            print(type(e).__name__, e)
    n = 0
    for i in range(300):
        try:
            Raises(i % 2)
        except ValueError as e:
            n += 1
    print("Raises", n)
    t = 0
    for i in range(300):
        t += Many(i, 1, 2, 3, 4, 5, 6, 7, 8, 9).t
    print("Many", t)
    for i in range(20):
        g = Grows(i % 12)
    print("Grows", sorted(vars(g).items()))
    for i in range(300):
        s = Sub(i, 2)
        si = SubInit(i)
    print("Sub", s.s(), si.s())
    for i in range(300):
        c = Closure(i)
    print("Closure", c.get())


def errors():
    for args, kw in [((), {}), ((1, 2, 3), {}), ((1,), {"b": 2, "c": 3}),
                     ((1,), {"a": 2}), ((), {"b": 1})]:
        for i in range(3):
            try:
                P(*args, **kw)
            except TypeError as e:
                msg = str(e)
        print(msg)
    for i in range(3):
        try:
            P(1)
        except TypeError as e:
            print(e)
        try:
            P(1, 2, 3)
        except TypeError as e:
            print(e)
        try:
            P(1, c=2)
        except TypeError as e:
            print(e)
        try:
            P(1, 2, a=2)
        except TypeError as e:
            print(e)
    for i in range(3):
        try:
            GenInit()
        except TypeError as e:
            print(e)
    for i in range(3):
        print(NewOther(1, 2), NewSub(i).x)
    for i in range(3):
        w = WithMeta(q=i)
        w2 = WithMeta()
    print(w.q, w2.q)


loops()
errors()


def tb():
    return Raises(1)


try:
    tb()
except ValueError:
    traceback.print_exc(file=sys.stdout)
try:
    BadReturn(3)
except TypeError:
    traceback.print_exc(file=sys.stdout)
for i in range(3):
    try:
        P(1, 2, 3)
    except TypeError:
        traceback.print_exc(file=sys.stdout)

events = []


def tracer(frame, event, arg):
    if frame.f_code.co_filename == __file__:
        events.append((event, frame.f_code.co_name, arg if event == "return" else None))
    return tracer


def traced():
    p = P(1, 2)
    try:
        BadReturn(5)
    except TypeError as e:
        pass
    return p.s()


for i in range(3):
    traced()
sys.settrace(tracer)
traced()
sys.settrace(None)
for e in events:
    print(e)


def deep(n):
    return Deep(n)


class Deep:
    def __init__(self, n):
        self.child = deep(n - 1) if n else None


try:
    deep(100000)
except RecursionError as e:
    print("RecursionError", e)
print(deep(50).child is not None)
