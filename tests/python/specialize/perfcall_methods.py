# Bound methods called through CALL_METHOD with an empty receiver slot
# (super().f(), bound methods stored in attributes, classmethods), bound
# methods called from Go (map, sorted key), and their binding errors.
import traceback
import sys


class A:
    def __init__(self, x, *rest, k=0):
        self.x = x
        self.rest = rest
        self.k = k

    def f(self, d=1):
        return self.x + d

    @classmethod
    def make(cls, x):
        return cls(x)

    @staticmethod
    def st(a, b=2):
        return a * b

    @property
    def p(self):
        return self.x * 10


class B(A):
    def __init__(self, x, **kw):
        super().__init__(x, 7, 8, **kw)

    def f(self, d=1):
        return super().f(d) + super().f(d=d * 2) + 1

    @classmethod
    def make(cls, x):
        return super().make(x + 1)


class Holder:
    def __init__(self, fn):
        self.fn = fn


class Gen:
    def g(self, n):
        yield from range(n)


def run():
    t = 0
    for i in range(300):
        b = B(i, k=i % 3)
        t += b.f() + b.f(2) + b.p + b.k + len(b.rest)
        m = B.make(i)
        t += m.x + A.st(i) + b.st(i, 3)
    print(t, m.x, type(m).__name__, b.rest)
    h = Holder(b.f)
    h2 = Holder("abc".upper)
    h3 = Holder(A.make)
    g = Gen()
    for i in range(3):
        print(h.fn(), h.fn(d=5), h2.fn(), h3.fn(4).x, list(g.g(3)), list(map(b.f, range(3))))
        print(sorted([3, 1, 2], key=b.f), list(map(Holder(b.f).fn, [1, 2])))
    for call in [lambda: h.fn(1, 2), lambda: h.fn(e=1), lambda: h.fn(1, d=2),
                 lambda: h2.fn(1), lambda: h3.fn(), lambda: super(B, b).f(1, 2, 3),
                 lambda: B(), lambda: B(1, q=2), lambda: Holder(b.f).fn(x=1)]:
        for i in range(3):
            try:
                call()
            except TypeError as e:
                msg = str(e)
        print(msg)


run()


class Deep(A):
    def f(self, d=1):
        return super().f(d) / 0


try:
    Deep(1).f()
except ZeroDivisionError:
    traceback.print_exc(file=sys.stdout)
