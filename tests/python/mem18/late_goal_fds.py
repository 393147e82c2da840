# The heap goal is lowered by a sleeping thread once start-up is over
# (cmd/krait/mem18_lategoal.go). That thread must not show: no descriptor
# of its own (no Go timer, no netpoller before a collection), no Python
# thread, and the program's objects and finalizers behave as before.
import gc
import os
import sys
import threading
import weakref

from _burn import burn


def open_fds():
    if not sys.platform.startswith("linux"):
        return set()
    return {int(x) for x in os.listdir("/proc/self/fd")}


before = open_fds()
lowest = os.open(__file__, os.O_RDONLY)  # the lowest free descriptor
os.close(lowest)
print("burned", burn(0.15) > 0)
print("same fds after", open_fds() == before)
fd = os.open(__file__, os.O_RDONLY)
print("first fd is the lowest free", fd == lowest)
os.close(fd)
print("threads", threading.active_count(), [t.name for t in threading.enumerate()])


class Node:
    deleted = 0

    def __init__(self, n):
        self.n = n
        self.payload = [n] * 20
        self.me = self  # a cycle: only the collector frees it

    def __del__(self):
        Node.deleted += 1


refs = []
total = 0
for round_ in range(40):
    batch = [Node(i) for i in range(2000)]
    total += sum(x.n for x in batch)
    if round_ % 10 == 0:
        refs.append(weakref.ref(batch[0]))
    del batch
gc.collect()
print("total", total)
print("weakrefs dead", [r() is None for r in refs])
print("all finalized", Node.deleted == 40 * 2000)
fd = os.open(__file__, os.O_RDONLY)
print("fd after collections is the lowest free", fd == lowest)
os.close(fd)
