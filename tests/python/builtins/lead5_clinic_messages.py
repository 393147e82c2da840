import json, re, collections, itertools, functools, struct, zlib, io
tests = [lambda: int.from_bytes(), lambda: re.compile(), lambda: "x".split(1,2,3), lambda: "x".startswith(),
 lambda: io.StringIO().write(), lambda: collections.deque().rotate(1,2), lambda: functools.reduce(),
 lambda: zlib.compress(), lambda: bytes.fromhex(), lambda: "x".encode(1,2,3), lambda: list.sort([], 1),
 lambda: dict.fromkeys(), lambda: (1).to_bytes(1,2,3,4), lambda: itertools.islice(), lambda: json.loads(),
 lambda: re.sub("a"), lambda: re.compile("a").sub(), lambda: open(), lambda: round(), lambda: "x".replace("a")]
for t in tests:
    try: t()
    except TypeError as e: print(e)
# Threading timeouts parse floats of every kind, NaN included.
import _thread
class F(float): pass
for t in [float('nan'), F(0.0), -2, 'x', 10**30]:
    try:
        print(_thread.allocate_lock().acquire(timeout=t))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
