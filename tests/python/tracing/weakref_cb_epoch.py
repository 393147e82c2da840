# Weakref callbacks and tracing: a callback whose referent died before
# tracing began reports no events (under refcounting it ran back then); one
# registered while tracing, for a cycle the collector frees, is traced.
import gc
import sys
import weakref


class A:
    pass


events = []


def tracer(frame, event, arg):
    events.append((frame.f_code.co_name, event))
    return tracer


def early_cb(ref):
    print("early callback ran")


def late_cb(ref):
    print("late callback ran")


a = A()
r1 = weakref.ref(a, early_cb)
del a

sys.settrace(tracer)
gc.collect()
b = A()
b.me = b
r2 = weakref.ref(b, late_cb)
del b
gc.collect()
sys.settrace(None)

print("early events:", [e for e in events if e[0] == "early_cb"])
print("late events:", [e for e in events if e[0] == "late_cb"])
print(r1() is None, r2() is None)
