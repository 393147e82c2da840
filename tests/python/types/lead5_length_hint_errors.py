class BadLen(object):
    def __iter__(self): return iter(range(10))
    def __len__(self): raise RuntimeError('hello')
class BadLengthHint(object):
    def __iter__(self): return iter(range(10))
    def __length_hint__(self): raise RuntimeError('hello')
class NoneLengthHint(object):
    def __iter__(self): return iter(range(10))
    def __length_hint__(self): return NotImplemented
for f in [list, [].extend, bytearray(range(10)).extend, bytearray, tuple, set, dict.fromkeys, sorted, "".join]:
    for c in [BadLen, BadLengthHint, NoneLengthHint]:
        try: r = f(c()); print(type(r).__name__)
        except Exception as e: print(getattr(f, "__qualname__", f), c.__name__, type(e).__name__, e)
import time, os, sys
t = time.struct_time
for args, kw in [((), {}), ((None,), {}), (("123",), {}), (("123",), {"dict": {}}), (("123456789",), {"dict": None}),
                 (("123456789",), {}), ((tuple(range(11)),), {}), ((tuple(range(12)),), {}), ((range(9),), {"dict": {"tm_zone": "X"}}),
                 ((range(9),), {"foo": 1}), ((range(9), {}, 3), {})]:
    try:
        r = t(*args, **kw)
        print("ok", r, r.tm_zone)
    except TypeError as e:
        print("TypeError", e)
try:
    os.stat_result((1,) * 9)
except TypeError as e:
    print("TypeError", e)
print(os.stat_result((1,) * 10).st_mtime)
print(sys.float_info.__class__(range(11)).max)
for o in [sys.float_info, sys.int_info, sys.hash_info, sys.thread_info, sys.version_info, sys.flags, time.localtime(), os.terminal_size((1,2)), os.times(), os.uname()]:
    t = type(o)
    try:
        t(tuple(o)); print(t.__name__, 'ok')
    except TypeError as e:
        print(t.__name__, e)
