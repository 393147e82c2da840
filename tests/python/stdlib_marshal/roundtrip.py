import marshal
vals = [None, True, False, 1, -5, 2**40, -2**70, 1.5, 1j, b'ab', 'ab', 'é\ud800', (1, 2), [1, [2]], {1: 2, 'a': (3,)}, {1}, frozenset([2]), ..., 'abc'*100, (), StopIteration, tuple(range(300))]
for v in vals:
    assert marshal.loads(marshal.dumps(v)) == v, v
    print(repr(marshal.loads(marshal.dumps(v)))[:40])
print(marshal.loads(bytes.fromhex('a902e901000000e902000000')))
print(marshal.loads(bytes.fromhex('2902da0568656c6c6f7200000000')))
print(marshal.loads(bytes.fromhex('ecfbffffff00000000000000000004')))
for bad in [b'', b'i\x01', b'?', b'r\x05\x00\x00\x00']:
    try:
        marshal.loads(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    marshal.dumps(object())
except ValueError as e:
    print(e)
print(marshal.version)
