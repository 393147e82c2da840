# gc.collect() finalizes objects with __del__ that sit in unreachable
# reference cycles (PEP 442), once each, and resurrection is safe.
import gc
import weakref

log = []

class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append(self.name)

def self_cycle():
    a = Node("self")
    a.me = a
    wr = weakref.ref(a)
    del a
    gc.collect()
    print("self cycle:", log, wr() is None)
    log.clear()

def chain():
    nodes = [Node("n%d" % i) for i in range(4)]
    for i, n in enumerate(nodes):
        n.next = nodes[(i + 1) % 4]
    del nodes, n
    gc.collect()
    print("ring of 4:", sorted(log))
    log.clear()

survivors = []

class Lazarus:
    def __del__(self):
        survivors.append(self)

def resurrect():
    laz = Lazarus()
    laz.me = laz
    wr = weakref.ref(laz)
    del laz
    gc.collect()
    print("resurrected:", len(survivors), wr() is None)
    survivors[0].me = None
    survivors.clear()
    gc.collect()
    print("not again:", len(survivors))

def still_reachable():
    keep = Node("kept")
    keep.me = keep
    holder = [keep]
    del keep
    gc.collect()
    print("reachable not finalized:", log)
    holder.clear()
    gc.collect()
    print("then finalized:", log)
    log.clear()

def gen_cycle():
    closed = []
    def gen():
        try:
            g = yield
            yield 1
        finally:
            closed.append(True)
    g = gen()
    next(g)
    g.send(g)
    del g
    gc.collect()
    print("generator in a cycle closed:", closed)

self_cycle()
chain()
resurrect()
still_reachable()
gen_cycle()
print("is_finalized:", gc.is_finalized(Node("x")))
