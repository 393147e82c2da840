from array import array
import array as arraymod
print(arraymod.typecodes, arraymod.ArrayType is array)
for tc in 'bBhHiIlLqQ':
  for v in (10**30, -10**30, 1.5, 'x', 300, -1, 70000, 2**31, 2**32, -2**31-1, 2**63, 2**64-1):
    try: a = array(tc,[v]); print(tc, v, a, a.itemsize, a.tobytes())
    except Exception as e: print(tc, v, type(e).__name__, e)
for tc in 'fd':
  for v in ('x', 1, 10**400, 1.1, float('inf')):
    try: print(array(tc,[v]))
    except Exception as e: print(tc, type(e).__name__, e)
for v in ('ab', 1, 'x'):
    try: print(array('u',[v]))
    except Exception as e: print('u', v, type(e).__name__, e)
for a in [('z',),('bb',),(1,), ('b','x'), ('u', b'x'), ('b', 'abc'), ('u','abc'), ('B', b'ab'), ('f', [1,2]), ('d', array('b',[1,2])), ('i', array('u', 'ab')), ('h', range(5)), ('b', None)]:
    try: print(repr(array(*a)))
    except Exception as e: print(a, type(e).__name__, e)
a=array('i',[1,2,3])
for f in [lambda: a[5], lambda: a.index(9), lambda: a.remove(9), lambda: a.pop(9), lambda: array('i').pop(), lambda: a+array('b'), lambda: a+[1], lambda: a.frombytes(b'abc'), lambda: a.fromlist((1,)), lambda: a.tounicode(), lambda: a.__setitem__(slice(0,3,2), array('i',[1])), lambda: a.__setitem__(slice(0,1), [1]), lambda: a.extend(array('b')), lambda: a.__setitem__(0, 'x'), lambda: a.__getitem__('x'), lambda: array('u').fromunicode(1), lambda: a.fromunicode('x'), lambda: a.__setitem__(9, 1), lambda: a.__delitem__(9), lambda: array('i', kw=1)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(array('f',[1.1]), array('d',[1.1]), array('u','hé'), array('b'), array('Q',[2**64-1]), str(array('u','x')))
a = array('h', range(10))
print(a[2:8:2], a[::-1], a[-3:], a[5], a[-1], len(a), 3 in a, 30 in a)
a[1:3] = array('h', [100, 200, 300]); print(a)
a[::2] = array('h', [7] * 6); print(a)
del a[::3]; print(a)
del a[0]; print(a)
a[2:2] = array('h'); print(a)
del a[1:4]; print(a)
a.append(5); a.insert(0, -1); a.insert(-1, 42); a.insert(100, 9); a.extend([1, 2]); a.extend(array('h', [3])); print(a)
print(a.pop(), a.pop(0), a.count(7), a.index(7), a.index(7, 2), a)
a.remove(7); a.reverse(); print(a, a.tolist())
b = array('h', a); b.byteswap(); print(b, b.tobytes()[:6])
c = array('i'); c.frombytes(b'\x01\x00\x00\x00\x02\x00\x00\x00'); c.fromlist([3, 4]); print(c, c.buffer_info()[1])
try: c.fromlist([5, 'x'])
except TypeError as e: print(e, c)
print(array('b', [1, 2]) == array('h', [1, 2]), array('b', [1, 2]) < array('b', [1, 3]), array('b', [1]) < array('b', [1, 0]), array('d', [1.0]) == array('i', [1]), array('b') == [], array('b', [2]) >= array('b', [1, 5]))
print(array('i', [1, 2]) * 3, 2 * array('b', [9]), array('b', [1]) * -1)
x = array('i', [1]); y = x; x += array('i', [2]); x *= 2; print(y, x is y)
m = memoryview(array('i', [1, 2, 3])); print(m.format, m.itemsize, m.tolist(), bytes(m[1:]))
arr = array('B', b'abc'); mv = memoryview(arr)
try: arr.append(1)
except BufferError as e: print(e)
mv[0] = 65; mv.release(); arr.append(100); print(arr)
u = array('u', 'hello'); u.fromunicode(' wörld'); print(u, u.tounicode(), u[1], len(u))
import copy; d = array('d', [1.5, -2.25]); print(copy.copy(d), copy.deepcopy(d), d.typecode, d.itemsize, list(d), sum(d))
class Sub(array):
    pass
s = Sub('i', [1, 2]); s.attr = 5; print(s, s.attr, type(s[:1]).__name__, isinstance(s, array))
import io
f = io.BytesIO(); array('i', [7, 8]).tofile(f); f.seek(0); g = array('i'); g.fromfile(f, 2); print(g)
try: g.fromfile(io.BytesIO(b'\x01\x00\x00\x00'), 2)
except EOFError as e: print(e, g)
print(bytes(array('H', [1, 256])), bytearray(array('b', [-1])), array('f', [0.5]).tobytes())
