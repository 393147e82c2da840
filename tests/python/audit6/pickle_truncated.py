# Truncated pickles at every cut point: the error each gives (as the C unpickler words them)
import pickle
obj = {"name": "x" * 10, "vals": list(range(5)), "nested": {"t": (1.5, None, True), "b": b"by"}, "big": 2**70}
res = []
for proto in (0, 2, 4, 5):
    data = pickle.dumps(obj, proto)
    for cut in range(len(data)):
        try:
            r = pickle.loads(data[:cut])
            res.append((proto, cut, "ok", repr(r)[:30]))
        except Exception as e:
            res.append((proto, cut, type(e).__name__, str(e)[:60]))
for r in res:
    print(*r)
