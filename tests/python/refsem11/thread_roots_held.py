# A profile function bound to an object in a cycle, and a value set in the
# current contextvars Context, are alive: gc.collect() must not finalize them.
import sys, gc, contextvars
log = []
class T:
    def __init__(self): self.me = self
    def __del__(self): log.append("tracer")
    def trace(self, *a): return None
t = T(); sys.setprofile(t.trace); del t
v = contextvars.ContextVar("v")
class D:
    def __init__(self): self.me = self
    def __del__(self): log.append("ctx")
v.set(D())
gc.collect()
sys.setprofile(None)
print(log, v.get().__class__.__name__)
