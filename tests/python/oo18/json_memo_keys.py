# json.loads makes equal object keys of one document one str object (the
# scanner's memo), whether a key is written plainly or with escapes, and
# decodes keys with escapes, control characters and non-ASCII text as
# before.
import json

doc = json.dumps([{"id": i, "name": "n%d" % i, "geo": {"id": -i}} for i in range(5)])
recs = json.loads(doc)
first = list(recs[0])
print(recs[3], all(k is f for r in recs for k, f in zip(r, first)))
print(all(r["geo"].__iter__().__next__() is first[0] for r in recs))

mixed = json.loads('[{"a": 1, "b": 2}, {"\\u0061": 3, "b\\n": 4}, {"a": 5, "b": 6}]')
print(mixed)
ka = [next(iter(d)) for d in mixed]
print(ka[0] is ka[1], ka[1] is ka[2])
print(json.loads('{"x": {"x": {"x": "x"}}, "y": ["x", {"x": 1}]}'))
print(json.loads('{"k\\"q": 1, "k": 2, "k\\"q": 3}'))
print(json.loads('{"\u00e9t\u00e9": 1, "ete": 2, "\u00e9t\u00e9": 3}'))
print(json.loads('{"tab\there": 1, "tab\there": 2}', strict=False))
for bad in ('{"tab\there": 1}', '{"a": 1, "a', '{"a": 1, "a": }', '{"a": 1, "b" 2}'):
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e)
print(json.loads('[{"a": 1}, {"a": 2}]', object_pairs_hook=lambda p: p))
print(json.loads(' { "sp" : 1 , "sp" : 2 } '))
