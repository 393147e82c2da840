# Objects that only finished calls, deleted attributes or a with
# statement's earlier expressions referenced die at gc.collect(), as in
# CPython (where reference counting frees them at once).
import gc
import weakref
from contextlib import contextmanager, _GeneratorContextManager


class A:
    pass


w = None


def mk():
    global w
    a = A()
    w = weakref.ref(a)
    return a


def dead():
    gc.collect()
    return w() is None


class C:
    def __init__(self, args):
        self.args = args

    def go(self):
        del self.args
        return dead()

    def __enter__(self):
        return self.go()

    def __exit__(self, *exc):
        pass


# A deleted attribute stored inline in the instance.
for i in range(4):
    x = mk(); c = C(x); del x; del c.args
    print("del attr", i, dead())
for i in range(3):
    c = C(mk()); print("method", i, c.go())
d = C(mk()); d.__dict__ = {}; print("set __dict__", dead())


def gen(a, b=None):
    a = weakref.ref(a)
    b = weakref.ref(b) if b is not None else None
    print("gen", dead(), b() is None if b else None)
    yield


class G:
    def __init__(self, g):
        self.g = g

    def __enter__(self):
        next(self.g)

    def __exit__(self, *a):
        pass


with G(gen(mk())):
    pass


def helper1(x): return C(x)
def helper2(*x): return C(x)
def helper3(*x, **k): return C(list(x) + list(k.values()))


for h in (helper1, helper2, helper3):
    with h(mk()) as r:
        print(h.__name__, r)
    print(h.__name__, "direct", h(mk()).__enter__())


@contextmanager
def woohoo(a, b):
    a = weakref.ref(a)
    b = weakref.ref(b)
    gc.collect()
    print("woohoo", a() is None, b() is None)
    yield


with woohoo(A(), b=A()):
    pass


def helper(*args, **kwds):
    return _GeneratorContextManager(gen, args, kwds)


with helper(A(), b=A()):
    pass
helper(A(), b=A()).__enter__()
