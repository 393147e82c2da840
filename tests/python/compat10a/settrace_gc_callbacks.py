# Weakref callbacks and __del__ methods the collector runs at its own time
# do not reach a trace function in the middle of traced code: one that
# raises on every 'call' event must still see (and abort) each traced call.
import sys
import weakref

class Obj:
    pass

class WithDel:
    def __del__(self):
        pass

def cb(ref):
    pass

def tr(frame, event, arg):
    if event == "call":
        raise ValueError("from trace")
    return tr

def f():
    return 1

ok = 0
keep = []
for i in range(1500):
    objs = [Obj() for _ in range(30)]
    keep = [weakref.ref(o, cb) for o in objs]
    dels = [WithDel() for _ in range(5)]
    objs = dels = None
    sys.settrace(tr)
    try:
        f()
    except ValueError:
        ok += 1
    finally:
        sys.settrace(None)
print(ok)
