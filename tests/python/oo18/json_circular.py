# json.dumps' cycle check (check_circular): containers on the path being
# encoded, shallow and deeper than the encoder's short stack, cycles
# through default(), shared (non-circular) containers, and an encoder
# object reused after an error keeps what the failed call left marked.
import json
from json.encoder import c_make_encoder, encode_basestring_ascii


def dumps_err(obj, **kw):
    try:
        return json.dumps(obj, **kw)
    except (ValueError, TypeError, RecursionError) as e:
        return "%s: %s" % (type(e).__name__, e)


a = [1, 2]
a.append(a)
print(dumps_err(a))
d = {"k": 1}
d["self"] = d
print(dumps_err(d))
print(dumps_err({"x": [{"y": d}]}))

shared = [1, {"z": 2}]
print(json.dumps([shared, shared, {"a": shared, "b": shared}]))

for depth in (5, 31, 32, 33, 40, 100):
    root = cur = []
    for i in range(depth):
        nxt = [i] if i % 2 else {"i": i}
        cur.append(nxt) if isinstance(cur, list) else cur.__setitem__("n", nxt)
        cur = nxt
    text = json.dumps(root)
    cur.append(root) if isinstance(cur, list) else cur.__setitem__("back", root)
    print(depth, len(text), dumps_err(root)[:40])

big = []
x = big
for i in range(60):
    y = [i]
    x.append(y)
    x = y
x.append(big)  # a cycle 61 levels deep: below the stack, in the dict
print(dumps_err(big)[:60])


class Node:
    def __init__(self):
        self.me = self


print(dumps_err(Node(), default=lambda o: o))
print(dumps_err(Node(), default=lambda o: [o]))
print(dumps_err(Node(), default=lambda o: {"k": 1}))
print(dumps_err(a, check_circular=False)[:30])


class Bad:
    pass


markers = {}
enc = c_make_encoder(markers, None, encode_basestring_ascii, None, ":", ",", False, False, True)
try:
    enc([[1, Bad()]], 0)
except TypeError as e:
    print("TypeError", type(e).__name__)
print(len(markers))
lst = [1, [2, [3]]]
print("".join(enc(lst, 0)))
print(len(markers))
pre = [7]
m2 = {id(pre): pre}
enc2 = c_make_encoder(m2, None, encode_basestring_ascii, None, ":", ",", False, False, True)
try:
    print("".join(enc2([pre], 0)))
except ValueError as e:
    print("ValueError", e)
print(json.dumps([[[]], {}, [{}], ({"t": (1,)},)]))
