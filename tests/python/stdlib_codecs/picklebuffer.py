# pickle.PickleBuffer: construction errors, shared memory, raw(), release(),
# protocol 5 pickling in band and out of band.
from pickle import PickleBuffer as P
import pickle
for a in [(), ('foo',), (1,2)]:
    try: P(*a)
    except Exception as e: print(type(e).__name__, e)
m=memoryview(b'foo'); m.release()
try: P(m)
except Exception as e: print(type(e).__name__, e)
p=P(bytearray(b'abc')); print(repr(p)[:20], P.__module__, P.__name__, P.__doc__)
m = memoryview(p); print(m.obj is p, m.format, m.readonly, m.tobytes())
m[0] = 48; print(bytes(p))
r = p.raw(); print(r.obj is p, r.format, r.readonly, r.tobytes())
p.release(); p.release()
for f in (lambda: memoryview(p), p.raw):
    try: f()
    except Exception as e: print(type(e).__name__, e)
try: P(memoryview(b'abcdef')[::2]).raw()
except Exception as e: print(type(e).__name__, e)
print(pickle.dumps(P(bytearray(b'ab')), protocol=5))
bufs = []
d = pickle.dumps(P(b'ab'), protocol=5, buffer_callback=bufs.append); print(d, len(bufs), type(bufs[0]).__name__)
print(bytes(pickle.loads(d, buffers=bufs)))
print(pickle.loads(pickle.dumps(P(bytearray(b'xy')), protocol=5)))
import _pickle
print(pickle.PicklingError is _pickle.PicklingError)
try: _pickle.nope
except AttributeError as e: print(e)
