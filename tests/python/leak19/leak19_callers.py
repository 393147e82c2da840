# gc.collect() called from a helper (test.support.gc_collect's way) still
# frees what the calling frames only held in finished expressions.
import gc
import weakref


class Obj:
    pass


def collect():
    gc.collect()
    gc.collect()


def weak_to_temporary():
    wr = weakref.ref(Obj())
    collect()
    return wr() is None


def dropped_by_none():
    x = Obj()
    wr = weakref.ref(x)
    x = None
    collect()
    return wr() is None


class Case:
    def method(self):
        lst = [Obj()]
        wr = weakref.ref(lst[0])
        lst.pop()
        self.collect()
        return wr() is None

    def collect(self):
        collect()


print(weak_to_temporary())
print(dropped_by_none())
print(Case().method())


# The arguments of the calls still running are kept.
def keeps(a, b):
    collect()
    return a, b


def outer():
    return keeps(Obj(), [Obj()])


r = outer()
print(type(r[0]).__name__, type(r[1][0]).__name__)
