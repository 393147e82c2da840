# json encoding through the reused output buffer and key/value stack, and
# decoding through the pair stack: nesting, re-entrant dumps/loads from
# default functions and hooks, errors part-way, big and empty documents.
import json
from collections import OrderedDict

doc = {"a": [1, {"b": [], "c": {}}, [[{"d": None}]]], "e": {"f": {"g": [1.5, "x\u00e9\n"]}}, "": ""}
s = json.dumps(doc)
print(s)
print(json.loads(s) == doc, json.dumps(doc, sort_keys=True), json.dumps(doc, ensure_ascii=False))


class Thing:
    def __init__(self, n):
        self.n = n


def default(o):
    inner = json.dumps({"n": o.n, "nested": [o.n] * 3})  # re-entrant encoder call
    return {"thing": inner, "back": json.loads(inner)}


print(json.dumps([Thing(1), {"k": Thing(2), "z": [Thing(3)]}], default=default))


def hook(d):
    if "x" in d:
        return json.loads(json.dumps({"hooked": d["x"]}))  # re-entrant decoder call
    return d


print(json.loads('[{"x": 1, "y": [{"x": [2, {"x": 3}]}]}, {"q": {"x": {}}}]', object_hook=hook))
print(json.loads('{"a": 1, "b": {"c": 2, "a": 3}, "a": 4}', object_pairs_hook=OrderedDict))
print(json.loads('[[], {}, [{}], {"a": []}, [[[[]]]]]'))


def bad(o):
    raise ValueError("no %r" % (o,))


for args in [({"a": [1, 2, {3}]},), ({"a": {1j: 2}},), ([1, {"b": object()}],)]:
    try:
        print(json.dumps(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    json.dumps({"k": [1, Thing(5)]}, default=bad)
except ValueError as e:
    print("ValueError", str(e)[:10])
print(json.dumps({"after": "error", "list": [1, 2, 3]}))
for text in ['{"a": 1, "b": [1, 2', '[1, 2, {"a": }]', '{"a" 1}', '[1,]', '{"a": [1, 2]]']:
    try:
        json.loads(text)
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e)
print(json.loads('{"z": [1, 2]}'))
big = [{"id": i, "name": "n%d" % i, "tags": ["t"] * (i % 3), "sub": {"v": i / 2}} for i in range(2000)]
bs = json.dumps(big)
print(len(bs), json.loads(bs) == big, len(json.dumps(big, indent=1)), json.dumps(big[:2], separators=(",", ":")))
print(json.dumps({}), json.dumps([]), json.dumps(""), json.dumps({"a": {}}), json.loads("{}"), json.loads("[]"))


class D(dict):
    def items(self):
        return [("x", 1), ("y", 2)]


print(json.dumps(D(a=5)), json.dumps({"d": D(), "e": 1}))
