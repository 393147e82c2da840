# gc.collect() runs the __del__ of every object of a dying chain in one
# call, as CPython does (Go finalizes one link per collection, so Collect
# runs collections while they find more).
import gc, time
log = []
class D:
    def __init__(self, i, nxt): self.i = i; self.nxt = nxt
    def __del__(self): log.append(self.i)
x = None
for i in range(5): x = D(i, x)
del x
t = time.monotonic(); gc.collect(); dt = time.monotonic() - t
print(sorted(log))
t = time.monotonic()
for _ in range(30): gc.collect()
print(len(log))
