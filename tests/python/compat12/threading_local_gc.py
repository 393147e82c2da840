# A threading.local and a held RLock name their thread; that must not make
# everything the thread's frames ever held look reachable to gc.collect()'s
# cycle pass, so a cycle through __del__ is still finalized and freed.
import gc
import threading
import weakref

local = threading.local()
local.x = 1
lock = threading.RLock()


class Node:
    def __del__(self):
        print("del", self.name)


def make_cycle(name):
    n = Node()
    n.name = name
    n.self = n
    return weakref.ref(n)


with lock:
    r = make_cycle("a")
    gc.collect()
    print("a freed:", r() is None)
r = make_cycle("b")
gc.collect()
print("b freed:", r() is None)
print(local.x)
