# The json package over _json: dumps/loads round trips and options,
# JSONDecodeError messages and positions, hooks, custom encoders.
import json, decimal, collections
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)
data = {"a": [1, 2.5, None, True, False], "s": "é\n\"😀", "n": {"x": [], "y": {}}, "big": 2**70, "neg": -0.0}
s = json.dumps(data)
print(s)
print(json.loads(s) == data, json.dumps(data, ensure_ascii=False), json.dumps(data, sort_keys=True, indent=2))
print(json.dumps(data, separators=(',', ':')), json.dumps([1, 2], indent='\t'))
print(json.dumps({1: 2, 2.5: 3, True: 4, None: 5}), json.dumps({(1,): 2}, skipkeys=True))
for bad in ['', '[', '{"a" 1}', '[1,]', '{"a":1,}', 'nul', '[1 2]', '"abc', '{"a":1}x', '"\\x"', '[01]', '\ufeff[1]', '  ']:
    err(lambda: json.loads(bad))
try:
    json.loads('{"a": [1, 2, }')
except json.JSONDecodeError as e:
    print(e.msg, e.pos, e.lineno, e.colno, repr(e.doc))
err(lambda: json.dumps(float('nan'), allow_nan=False))
err(lambda: json.dumps(object()))
err(lambda: json.dumps({(1,): 2}))
c = []; c.append(c)
err(lambda: json.dumps(c))
print(json.loads('[1.5, 2]', parse_float=decimal.Decimal), json.loads('{"b":1,"a":2}', object_pairs_hook=collections.OrderedDict))
print(json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())), json.loads('[NaN, Infinity, -Infinity]'))
print(json.loads('[1, 2]', parse_int=str), json.loads('"\\ud83d\\ude00"'), json.loads(b'[1]'), json.loads(bytearray(b'{"k": "v"}')))
print(json.dumps("\x00\x1f\x7f"), json.dumps("\x00\x1f\x7f", ensure_ascii=False))
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
print(json.dumps({'s': {3, 1, 2}}, cls=E), E(indent=1).encode([{'a': {1}}]))
print(json.JSONDecoder().raw_decode('[1] rest'), json.decoder.scanstring('"x"', 1))
err(lambda: json.loads('"a\tb"'))
print(json.loads('"a\tb"', strict=False))
