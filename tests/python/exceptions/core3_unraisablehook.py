import sys, gc
seen = []
def h(a):
    seen.append((a.exc_type.__name__, str(a.exc_value), a.exc_traceback is not None, a.err_msg, getattr(a.object, '__qualname__', a.object)))
sys.unraisablehook = h
class A:
    def __del__(self): raise ValueError(1)
A()
gc.collect()
print(seen)
print(type(sys.unraisablehook).__name__)
sys.unraisablehook = sys.__unraisablehook__
