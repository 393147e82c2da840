# array pickling: __reduce_ex__ by protocol, _array_reconstructor's conversions and errors, iterator pickling, NaN comparisons, MutableSequence, invalid code points.
import array, pickle, copy
a = array.array('i', [1, 2]); print(a.__reduce_ex__(2), a.__reduce_ex__(3)[1:])
print(array._array_reconstructor.__doc__[:60], array._array_reconstructor.__module__)
for code in 'bBuhHiIlLqQfd':
    x = array.array(code, [1] if code != 'u' else '1'); print(code, x.__reduce_ex__(3)[1][2])
    for proto in range(6):
        y = pickle.loads(pickle.dumps(x, proto)); assert y == x and y.typecode == x.typecode, (code, proto)
for args in [(array.array, 'i', 99, b''), (array.array, 'x', 0, b''), (int, 'i', 0, b''), (array.array, 'i', 0, 'x'), (array.array, 'i', 10, b'\x01\x02\x03')]:
    try: array._array_reconstructor(*args)
    except Exception as e: print(type(e).__name__, e)
print(array._array_reconstructor(array.array, 'i', 10, b'\x01\x00\x00\x00\x02\x00\x00\x00'))
print(array._array_reconstructor(array.array, 'b', 10, b'\x01\x00\x00\x00\xff\xff\xff\xff'))
print(array._array_reconstructor(array.array, 'b', 13, b'\xff\xff\xff\xff\xff\xff\xff\xff'))
print(array._array_reconstructor(array.array, 'b', 5, b'\xff\xfe'), array._array_reconstructor(array.array, 'b', 3, b'\xff\xfe'))
print(array._array_reconstructor(array.array, 'd', 14, b'\x00\x00\x80\x3f'), array._array_reconstructor(array.array, 'f', 17, b'\x3f\xf0\x00\x00\x00\x00\x00\x00'))
for args in [('u', 20, b'a\x00\x00\x00'), ('i', 19, b'\x00a\xd8\x3d\xde\x00'), ('u', 19, b'\x00a\xd8\x3d\xde\x00\x00b'), ('u', 21, b'\x00\x00\x00a\x00\x00\x00b'), ('u', 21, b'\x00\x00\x00a'), ('i', 18, b'a\x00b\x00')]:
    try: print(array._array_reconstructor(array.array, *args))
    except Exception as e: print(type(e).__name__, e)
class A(array.array):
    pass
s = A('d', [1.5]); s.x = 5
t = pickle.loads(pickle.dumps(s, 4)); print(type(t).__name__, t, t.x, type(copy.deepcopy(s)).__name__)
import collections.abc
print(isinstance(array.array('b'), collections.abc.MutableSequence))
nan = float('nan')
for code in 'fd':
    a, b = array.array(code, [nan]), array.array(code, [nan])
    print(code, a == b, a != b, a < b, a == a)
it = iter(array.array('i', [1, 2, 3])); next(it)
print(list(pickle.loads(pickle.dumps(it))))
ex = iter(array.array('i')); list(ex); print(ex.__reduce__())
bad = array.array('u', b'\xff\xff\xff\xff')
for f in (bad.tounicode, lambda: str(bad)):
    try: f()
    except ValueError as e: print(e)
