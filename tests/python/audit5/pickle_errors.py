# pickle.dumps/dump errors for objects that cannot be found by name: worded
# as CPython's C pickler words them.
import pickle, io
def outer():
    def inner(): pass
    return inner
class C:
    class D: pass
class L: pass
L.__qualname__ = 'nope'
class M: pass
M.__module__ = 'nosuchmod_q'
for o in [lambda: 1, outer(), C.D, L, M, open('/dev/null')]:
    for f in (pickle.dumps, lambda o: pickle.dump(o, io.BytesIO())):
        try: f(o); print("ok")
        except Exception as e:
            import re; print(type(e).__name__, re.sub(" at 0x[0-9a-f]+", "", str(e)))
