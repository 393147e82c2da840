# A class that was called (its instances made at a call site that stays
# alive) dies at gc.collect() once nothing else holds it: its weakref is
# cleared and the callback runs, as in CPython, whose call-site caches do
# not keep the class.
import gc
import weakref

events = []


def check(label, make):
    class C:
        def __init__(self, v=0):
            self.v = v

    class D:  # no __init__: made by object.__new__ alone
        pass

    make(C, D)
    wc = weakref.ref(C, lambda r: events.append(label + " C"))
    wd = weakref.ref(D, lambda r: events.append(label + " D"))
    del C, D
    gc.collect()
    print(label, wc() is None, wd() is None, sorted(events))
    events.clear()


def call_twice(C, D):
    for i in range(3):  # long enough for the call sites to specialize
        C(i)
        D()


def new_calls(C, D):
    object.__new__(C)
    object.__new__(D)
    C.__new__(C).__init__(1)


def keyword_call(C, D):
    C(v=1)
    D()


def in_cycle(C, D):
    c1, c2 = C(1), C(2)
    c1.other, c2.other = c2, c1
    d = D()
    d.me = d


check("call", call_twice)
check("new", new_calls)
check("kw", keyword_call)
check("cycle", in_cycle)


# The class itself is on a cycle with its instances: the callback on the
# class runs at the collection, not at `del`.
def resurrection():
    alist = []

    class C:
        def __init__(self, value):
            self.attribute = value

        def acallback(self, ignore):
            alist.append(self.c)

    c1, c2 = C(1), C(2)
    c1.c = c2
    c2.c = c1
    c1.wr = weakref.ref(c2, c1.acallback)
    c2.wr = weakref.ref(c1, c2.acallback)
    wr = weakref.ref(C, lambda ignore: alist.append("C went away"))
    del c1, c2, C
    gc.collect()
    print(alist, wr())
    del alist[:]
    gc.collect()
    print(alist)


resurrection()


# Re-creating instances after a collection still works (the call sites
# that were reset specialize again).
class P:
    def __init__(self, x):
        self.x = x


class Q:
    pass


for round in range(3):
    total = sum(P(i).x for i in range(50)) + len([Q() for _ in range(5)])
    gc.collect()
    print(round, total)
