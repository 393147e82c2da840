# gc.collect() returns how many unreachable objects it found: at least the
# weakly referenced and __del__ objects that died in it, and 0 when
# nothing died.
import gc
import weakref


class RefCycle:
    def __init__(self):
        self.cycle = self


class WithDel:
    def __init__(self, log):
        self.log = log
        self.me = self

    def __del__(self):
        self.log.append("del")


gc.collect()
for trial in range(3):
    items = [RefCycle() for i in range(5)]
    refs = [weakref.ref(o) for o in items]
    del items
    n = gc.collect()
    print("weakly referenced:", n >= 5, [r() for r in refs])

log = []
objs = [WithDel(log) for i in range(4)]
del objs
n = gc.collect()
print("with __del__:", n >= 4, log)

# Nothing new died: nothing to report.
gc.collect()
print("idle:", gc.collect(), gc.collect(2))
