# `x = None` drops the local's old object at once, as `del x` does: its
# __del__ runs, a suspended generator is closed and weak references die
# before the next statement (CPython's reference counts free it there).
import sys
import weakref


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        caller = sys._getframe(1).f_locals
        print("del", self.n, "local now", caller.get("x", "unbound"))


def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen closed")


class W:
    pass


def simple():
    x = D(1)
    x = None
    print("after D(1)", x)
    x = D(2)
    y = x
    x = None
    print("still held by y")
    y = None
    print("after y")


def generator():
    g = gen()
    print(next(g))
    g = None
    print("after g")


def weak():
    w = W()
    r = weakref.ref(w, lambda ref: print("callback"))
    w = None
    print("dead", r() is None)


def unbound_then_none():
    if False:
        z = 1
    z = None
    print("z", z)


def in_loop():
    for i in range(3):
        x = D(10 + i)
        x = None
    print("loop done")


def rebinding_keeps_value():
    x = None
    x = None
    n = 0
    for x in range(3):
        n += x
    x = None
    print("rebinding", n, x)


simple()
generator()
weak()
unbound_then_none()
in_loop()
rebinding_keeps_value()
print("end")
