# Objects with __del__ in cycles that are still held (by module globals,
# builtin containers, closures, bound methods, partials, deques, lru
# caches, weakref callbacks) are not finalized by gc.collect().
import collections
import functools
import gc
import weakref

log = []

class Node:
    def __init__(self, name):
        self.name = name
        self.me = self
    def __del__(self):
        log.append(self.name)
    def method(self):
        return self.name

glob = Node("global")
dq = collections.deque([Node("deque")])
part = functools.partial(print, Node("partial"))
bound = Node("bound").method
dd = collections.defaultdict(lambda: None)
dd["k"] = Node("defaultdict")
od = collections.OrderedDict(k=Node("ordereddict"))

def make_closure():
    n = Node("closure")
    return lambda: n.name
clo = make_closure()

@functools.lru_cache(maxsize=None)
def cached(x):
    return Node("lru%d" % x)
cached(1)

target = Node("target")
cb_holder = Node("callback")
wr = weakref.ref(target, lambda r, h=cb_holder: None)
del cb_holder

def gen():
    n = Node("genlocal")
    yield n.name
    yield 2
g = gen()
next(g)

for _ in range(3):
    gc.collect()
print("finalized while held:", log)
print(clo(), bound(), cached(1).name, dq[0].name, od["k"].name, next(g))
del glob, dq, part, bound, dd, od, clo, g
cached.cache_clear()
gc.collect()
print("after dropping:", sorted(log))
