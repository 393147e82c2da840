# gc.collect(0) and gc.collect(1) still find what died: __del__ runs
# (also along a chain of objects with __del__), weakref callbacks fire and
# weak dictionaries lose their entries before collect returns.
import gc
import weakref


class Node:
    def __init__(self, name, log, child=None):
        self.name, self.log, self.child = name, log, child
        self.me = self

    def __del__(self):
        self.log.append(self.name)


class Plain:
    def __init__(self):
        self.me = self


for gen in (0, 1, 2):
    log = []
    head = Node("a", log, Node("b", log, Node("c", log)))
    del head
    gc.collect(gen)
    print(gen, "chain:", sorted(log))

    fired = []
    objs = [Plain() for i in range(4)]
    refs = [weakref.ref(o, lambda r: fired.append(1)) for o in objs]
    wvd = weakref.WeakValueDictionary((i, o) for i, o in enumerate(objs))
    wkd = weakref.WeakKeyDictionary()
    for o in objs:
        wkd[o] = gen
    del objs, o
    gc.collect(gen)
    print(gen, "weak:", len(fired), len(wvd), len(wkd), [r() for r in refs])

# A full collection follows what the callbacks released: the value of a
# dead key is itself weakly referenced (and not cyclic: CPython frees it
# as soon as the callback drops it).
class Leaf:
    pass


key, value = Plain(), Leaf()
wkd = weakref.WeakKeyDictionary({key: value})
vref = weakref.ref(value, lambda r: print("value callback"))
del key, value
gc.collect()
print("cascade:", len(wkd), vref())

for bad in (-1, 3):
    try:
        gc.collect(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    gc.collect(1.0)
except TypeError as e:
    print("TypeError:", e)
