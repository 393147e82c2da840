# _pickle's Unpickler, load and loads report bad input as the C unpickler
# does; pickle.loads round trips through them.
import _pickle, pickle, io
for d in [b'', b'K', b'(', b'0', b'ctest\nfoo', b'I12', b'C\x03ab', b'\x95\x02\x00\x00\x00\x00\x00\x00\x00', b'N.']:
    try:
        print(d, repr(_pickle.loads(d)))
    except Exception as e:
        print(d, type(e).__name__, e)
u = _pickle.Unpickler(io.BytesIO())
for v in [object, {-1: None}, {'a': 1}, {1: None}]:
    try:
        u.memo = v
        print('memo ok')
    except Exception as e:
        print(type(e).__name__, e)
for proto in range(6):
    print(proto, pickle.loads(pickle.dumps({'a': [1, 2.5, None, b'x', ('t',)]}, proto)))
f = io.BytesIO(pickle.dumps(1) + pickle.dumps(2))
u = pickle.Unpickler(f)
print(u.load(), u.load())
try:
    u.load()
except EOFError as e:
    print('EOFError', e)
try:
    _pickle.loads('str')
except TypeError as e:
    print('TypeError', e)
