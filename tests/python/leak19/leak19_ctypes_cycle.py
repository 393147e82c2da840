# A live ctypes object (here a CFUNCTYPE instance held by a global, as
# test.support's imports leave) does not stop gc.collect() from finalizing
# unreachable cycles: each object with __del__ on a cycle is finalized,
# and the io.IOBase subclass instance that refers to itself dies.
import ctypes
import gc
import io
import weakref

PROTO = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_int)
callback = PROTO(lambda x: x + 1)
print(callback(41))

events = []


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        events.append(self.name)


def make_cycle():
    a, b = Node("a"), Node("b")
    a.other, b.other = b, a
    return weakref.ref(a)


wr = make_cycle()
gc.collect()
print(sorted(events), wr() is None)


def iobase_cycle():
    class MyIO(io.IOBase):
        def close(self):
            events.append("close")

    obj = MyIO()
    obj.obj = obj
    wr = weakref.ref(obj)
    del MyIO, obj
    gc.collect()
    return wr() is None


print(iobase_cycle(), events[-1])
