# _json imported directly, with a stand-in json.decoder module in
# sys.modules providing JSONDecodeError as the real one does: scanstring,
# the scanner (make_scanner) with hooks and error positions, the encoder
# (make_encoder) with its options, and the two string escapers.
import sys
import _json

class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg, self.doc, self.pos, self.lineno, self.colno = msg, doc, pos, lineno, colno

decoder = type(sys)('json.decoder')
decoder.JSONDecodeError = JSONDecodeError
sys.modules['json.decoder'] = decoder

def err(f):
    try:
        print("ok", repr(f()))
    except JSONDecodeError as e:
        print("JSONDecodeError", e, e.pos, e.lineno, e.colno)
    except Exception as e:
        print(type(e).__name__, e)

# scanstring
for s, end in [('"abc"', 1), ('x"a\\"b" tail', 2), ('"\\n\\t\\\\\\/\\b\\f\\r"', 1), ('"\\u00e9\\u4e2d"', 1),
               ('"\\ud83d\\ude00"', 1), ('"\\ud83d"', 1), ('"\\ud83dx"', 1), ('"\\ud83d\\u0041"', 1), ('"\\udc00"', 1),
               ('"é中😀"', 1), ('""', 1), ('"a\\u0000b"', 1)]:
    err(lambda: _json.scanstring(s, end))
for s, end in [('"abc', 1), ('"a\\', 1), ('"a\\x"', 1), ('"a\\u12"', 1), ('"a\\u12g4"', 1), ('"a\\u1234', 1),
               ('"a\nb"', 1), ('"\\ud83d\\uzzzz"', 1), ('abc', 10), ('abc', -1), ('"tab\there"', 1)]:
    err(lambda: _json.scanstring(s, end))
err(lambda: _json.scanstring('"a\nb"', 1, False))
err(lambda: _json.scanstring('"a\tb"', 1, 0))
err(lambda: _json.scanstring(1, 1))
err(lambda: _json.scanstring('abc', 'x'))
err(lambda: _json.scanstring('abc', 1, 0, 5))
err(lambda: _json.scanstring('abc', x=1))
err(lambda: _json.scanstring('abc'))

# the scanner, with a context like JSONDecoder's
class Ctx:
    strict = True
    object_hook = None
    object_pairs_hook = None
    parse_float = float
    parse_int = int
    parse_constant = {'NaN': 'nan!', 'Infinity': 'inf!', '-Infinity': '-inf!'}.__getitem__
scan = _json.make_scanner(Ctx())
print(type(scan).__name__, type(scan).__module__, _json.make_scanner.__name__)
docs = ['1', '-0', '12.5e3', '1E-2', '-7.25', '0.5', '1e400', '123456789012345678901234567890', '1.', '1e', '1e+', '01',
        'true', 'false', 'null', 'NaN', 'Infinity', '-Infinity', '"s"', '[]', '{}', '[1, [2, [3]], {"a": {"b": []}}]',
        ' {"a" : 1 , "b":[true,false,null] } ', '{"k": "v", "k": "w"}', '[1,2,3] trailing', '-', '-x', 'nul', 'tru',
        '[', '[1', '[1,', '[1 2]', '[1,]', '{', '{"a"', '{"a":', '{"a":1', '{"a" 1}', '{"a":1,}', '{1:2}', '{"a":1 "b":2}',
        '', ' 1', 'x', '[\n1,\n2\n,\nx]', '{"a":\n\n  [1, 2, }', '"unterminated', '[1, "a\\q"]', '["é", "😀", 3]', 'é']
for d in docs:
    err(lambda: scan(d, 0))
err(lambda: scan('  [1]', 2))
err(lambda: scan('[1]', 5))
err(lambda: scan('[1]', -1))
err(lambda: scan(b'[1]', 0))
err(lambda: scan())
err(lambda: scan('1', idx=0))
v = scan('{"key": 1, "key2": {"key": 2}}', 0)[0]
print(v, [k for k in v][0] is [k for k in v['key2']][0])

class Hooks(Ctx):
    object_hook = staticmethod(lambda d: ('obj', sorted(d.items())))
    parse_float = staticmethod(lambda s: ('float', s))
    parse_int = staticmethod(lambda s: ('int', s))
hs = _json.make_scanner(Hooks())
print(hs('{"a": [1, 2.0, 3e2, -4]}', 0))
class Pairs(Ctx):
    object_pairs_hook = list
    object_hook = staticmethod(lambda d: 'unused')
print(_json.make_scanner(Pairs())('{"b": 1, "a": {"c": 2}, "b": 3}', 0))
class Lax(Ctx):
    strict = False
print(_json.make_scanner(Lax())('["a\tb\nc"]', 0))
print(hs.strict, hs.parse_int('5'), hs.object_pairs_hook)
class BadCtx:
    strict = True
err(lambda: _json.make_scanner(BadCtx()))
err(lambda: _json.make_scanner())
def boom(s):
    raise KeyError(s)
class Boom(Ctx):
    parse_int = staticmethod(boom)
err(lambda: _json.make_scanner(Boom())('[1]', 0))
deep = '[' * 5000 + ']' * 5000
err(lambda: len(scan(deep, 0)[0]))

# the encoder
def default(o):
    if isinstance(o, set):
        return sorted(o)
    raise TypeError('not serializable: %s' % type(o).__name__)
def enc(markers=None, sort_keys=False, skipkeys=False, allow_nan=True, encoder=_json.encode_basestring_ascii, seps=(', ', ': ')):
    return _json.make_encoder(markers, default, encoder, None, seps[1], seps[0], sort_keys, skipkeys, allow_nan)
e = enc({})
print(type(e).__name__, e.key_separator, e.item_separator, e.sort_keys, e.skipkeys, e.indent)
objs = [None, True, False, 0, -12, 2**70, 1.5, 1e300, 0.1, -0.0, float('inf'), float('-inf'), float('nan'), 'str', 'é😀\x7f"\\\n',
        [], (), {}, [1, [2, (3,)]], {'a': 1, 'b': [None]}, {1: 'i', 2.5: 'f', True: 't', None: 'n', 'z': 0},
        {3: 'c', 1: 'a'}, {'x': {1, 2}}, [set()]]
for o in objs:
    err(lambda: e(o, 0))
print(enc(sort_keys=True)({'b': 1, 'a': {'d': 1, 'c': 2}}, 0))
print(enc(seps=(',', ':'), encoder=_json.encode_basestring)({'é': ['😀']}, 0))
print(enc(encoder=lambda s: '<%s>' % s)({'k': 'v'}, 0))
print(enc(skipkeys=True)({(1,): 1, 'a': 2, (2,): 3}, 0))
err(lambda: enc()({(1,): 1}, 0))
err(lambda: enc(sort_keys=True)({1: 1, 'a': 2}, 0))
err(lambda: enc(allow_nan=False)([float('nan')], 0))
err(lambda: enc(allow_nan=False)({float('inf'): 1}, 0))
err(lambda: enc()([object()], 0))
err(lambda: enc(encoder=lambda s: 1)(['x'], 0))
circ = []
circ.append(circ)
err(lambda: enc({})(circ, 0))
cd = {}
cd['self'] = cd
err(lambda: enc({})(cd, 0))
m = {}
print(enc(m)([[1], {'a': [2]}], 0), m)
class Color(int):
    def __repr__(self): return 'Color.RED'
    __str__ = __repr__
err(lambda: e([Color(1), True, {Color(2): 0}], 0))
class F(float): pass
class I(int): pass
class D(dict):
    def items(self):
        return [('z', 1), ('y', 2)]
print(e([F(2.5), I(7), D(q=1)], 0))
class BadItems(dict):
    def items(self):
        return [('z', 1, 2)]
err(lambda: e(BadItems(a=1), 0))
err(lambda: _json.make_encoder(1, None, None, None, ':', ',', 0, 0, 0))
err(lambda: _json.make_encoder(None, None, None, None, 1, ',', 0, 0, 0))
err(lambda: _json.make_encoder(None, None, None, None, ':', b',', 0, 0, 0))
err(lambda: _json.make_encoder())
err(lambda: e())
err(lambda: e(1, 'x'))

# escapers
for s in ['', 'plain', 'q"b\\s/', '\x00\x01\x1f\x7f', 'tab\tnl\ncr\rbs\bff\f', 'é', '中文', '😀', '\ud800', 'a\udfffb']:
    print(repr(_json.encode_basestring_ascii(s)), repr(_json.encode_basestring(s)))
err(lambda: _json.encode_basestring(1))
err(lambda: _json.encode_basestring_ascii(b'x'))
err(lambda: type('S', (_json.make_scanner,), {}))
err(lambda: type('E', (_json.make_encoder,), {}))
