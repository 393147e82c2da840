# Weak references to cyclic garbage are cleared, and their callbacks run,
# during gc.collect(), before it returns; callbacks of references to live
# objects do not run.
import gc
import weakref

events = []


class Node:
    def __init__(self, name):
        self.name = name


class Fin(Node):
    def __del__(self):
        # The weak reference to this object was cleared before __del__.
        events.append(("del", self.name, wr_fin() is None))


def cb(name):
    return lambda ref: events.append(("cb", name))


a = Node("a")
b = Node("b")
a.peer, b.peer = b, a
wa = weakref.ref(a, cb("a"))
wb = weakref.ref(b, cb("b"))
live = Node("live")
wl = weakref.ref(live, cb("live"))
del a, b
gc.collect()
print(sorted(events), wa() is None, wb() is None, wl() is live)

events.clear()
f = Fin("f")
f.self = f
wr_fin = weakref.ref(f, cb("f"))
del f
gc.collect()
print(sorted(events))

events.clear()
ws = weakref.WeakSet()
objs = [Node(str(i)) for i in range(5)]
for o in objs:
    o.me = o
    ws.add(o)
del o
print(len(ws))
del objs[:3]
gc.collect()
print(len(ws), sorted(x.name for x in ws))

d = weakref.WeakValueDictionary()
k = Node("k")
k.me = k
d["k"] = k
del k
gc.collect()
print(list(d.keys()))
