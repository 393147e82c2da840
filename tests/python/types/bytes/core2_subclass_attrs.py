# Instances of bytes and bytearray subclasses have attributes; bytearray
# pickles and copies as CPython's __reduce_ex__ describes.
import pickle, copy

class B(bytes):
    pass
class BA(bytearray):
    pass
b = B(b'abc')
b.x = 1
print(b, b.x, b.__dict__, type(b).__name__)
ba = BA(b'xyz')
ba.y = [2]
print(ba, ba.y, ba.__dict__)
try:
    bytes(b'a').z = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    bytearray(b'a').z = 1
except AttributeError as e:
    print(type(e).__name__, e)

for v in (bytearray(), bytearray(b'a\xffb'), ba):
    print(v.__reduce__())
    for p in range(6):
        print(' ', p, v.__reduce_ex__(p))
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    c = pickle.loads(pickle.dumps(ba, proto))
    d = pickle.loads(pickle.dumps(b, proto))
    print(proto, type(c).__name__, c, c.y, type(d).__name__, d, d.x)
print(copy.copy(bytearray(b'q')), copy.deepcopy(ba), copy.deepcopy(ba).y)
