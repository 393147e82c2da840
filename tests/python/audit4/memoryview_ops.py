import array
def t(f, *a):
    try:
        r = f(*a)
        print(repr(r) if not isinstance(r, memoryview) else ('mv', r.format, r.itemsize, r.shape, r.strides, r.ndim, r.readonly, r.nbytes, r.contiguous, r.c_contiguous, r.f_contiguous, r.tolist()))
    except Exception as e:
        print(type(e).__name__, e)
srcs = [b'abcdefgh', bytearray(b'01234567'), array.array('i', [1, -2, 3, 4]), array.array('d', [1.5, -0.0]), array.array('H', range(6)), array.array('b', [-1, 2, -3]), array.array('u', 'hé'), array.array('q', [2**62])]
for s in srcs:
    m = memoryview(s)
    print('==', type(s).__name__, getattr(s, 'typecode', ''))
    t(lambda: m); t(lambda: len(m)); t(lambda: m[0]); t(lambda: m[-1]); t(lambda: m[1:3]); t(lambda: m[::-1]); t(lambda: m[::2]); t(lambda: m[10]); t(lambda: m[1.0]); t(lambda: m[...]); t(lambda: m[()]); t(lambda: m[0, 0])
    t(lambda: m.tobytes()); t(lambda: m.tobytes('A')); t(lambda: m.tobytes('F')); t(lambda: m.tobytes('X')); t(lambda: m.tobytes(None)); t(lambda: m.hex()); t(lambda: m.hex(':', 2)); t(lambda: m.tolist()); t(lambda: bytes(m)); t(lambda: m == s); t(lambda: m == m[:]); t(lambda: m == bytes(m)); t(lambda: m.toreadonly().readonly); t(lambda: m.obj is s)
    t(lambda: m.cast('B')); t(lambda: m.cast('c')); t(lambda: m.cast('b').cast('i')); t(lambda: m.cast('B', [2, len(m.tobytes()) // 2])); t(lambda: m.cast('B', (len(m.tobytes()),))); t(lambda: m.cast('B', [3, 3])); t(lambda: m.cast('x')); t(lambda: m.cast('i')); t(lambda: m.cast('d')); t(lambda: m.cast('B', [])); t(lambda: m.cast('B', [0])); t(lambda: m.cast('B', [-1, 8])); t(lambda: m.cast('B', 'ab')); t(lambda: m.cast('B', [1]*65)); t(lambda: m.cast('?')); t(lambda: m.cast('@B')); t(lambda: m.cast('<B'))
    t(lambda: hash(m)); t(lambda: m.__len__())
m = memoryview(b'abcdefgh').cast('B', [2, 4])
t(lambda: m); t(lambda: m[0]); t(lambda: m[0, 1]); t(lambda: m[1, -1]); t(lambda: m[2, 0]); t(lambda: m[0:1]); t(lambda: len(m)); t(lambda: m.tolist()); t(lambda: m.tobytes()); t(lambda: m.cast('c')); t(lambda: m.cast('B', [8])); t(lambda: m.cast('c', [4, 2])); t(lambda: list(m)); t(lambda: m == m); t(lambda: m.hex()); t(lambda: m[0, 0:1]); t(lambda: m[..., 0])
t(lambda: memoryview(b'abc')[0:2] == b'ab'); t(lambda: memoryview(b'ab') < b'b'); t(lambda: memoryview(array.array('d', [1.0])) == array.array('f', [1.0])); t(lambda: memoryview(array.array('d', [float('nan')])) == memoryview(array.array('d', [float('nan')])))
t(lambda: memoryview('abc')); t(lambda: memoryview(5)); t(lambda: memoryview()); t(lambda: memoryview(object=b'x').tobytes())
b = bytearray(b'0123456789')
m = memoryview(b)
def w(f):
    try:
        f(); print(repr(b))
    except Exception as e:
        print(type(e).__name__, e, repr(b))
def s1(): m[0] = 65
def s2(): m[0] = 256
def s3(): m[0] = b'A'
def s4(): m[1:3] = b'XY'
def s5(): m[1:3] = b'XYZ'
def s6(): m[::2] = b'abcde'
def s7(): m[::-1] = b'9876543210'
def s8(): del m[0]
def s9(): m[0] = 1.5
def s10(): m[1:2] = bytearray(b'q')
def s11(): m[1:3] = memoryview(b'RS')
def s12(): m[:] = m[::-1]
def s13(): m[20] = 1
def s14(): memoryview(b'ro')[0] = 1
def s15(): b.append(1)
def s16(): b.extend(b'zz')
def s17(): m2 = m.cast('c'); m2[0] = b'Q'
def s18(): m2 = m.cast('c'); m2[0] = 81
for f in [s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, s12, s13, s14, s15, s16, s17, s18]:
    w(f)
ai = array.array('i', [1, 2, 3])
mi = memoryview(ai)
def i1(): mi[0] = 2**31
def i2(): mi[0] = -5
def i3(): mi[0] = 'a'
def i4(): ai.append(4)
for f in [i1, i2, i3, i4]:
    try: f(); print(ai)
    except Exception as e: print(type(e).__name__, e, ai)
m.release()
t(lambda: m[0]); t(lambda: len(m)); t(lambda: m.tobytes()); t(lambda: m.release()); t(lambda: m.obj); t(lambda: m.format); t(lambda: m == m); t(lambda: m == b''); t(lambda: hash(m)); t(lambda: bytes(m)); t(lambda: repr(m)[:20]); t(lambda: m.nbytes); t(lambda: m.cast('B')); t(lambda: m.tolist()); t(lambda: str(m)[:20])
b.append(1); print(b)
with memoryview(b) as m3:
    t(lambda: m3[0])
t(lambda: m3[0])
m4 = memoryview(b)
m5 = m4[1:]
m4.release()
t(lambda: b.append(2)); t(lambda: m5[0])
m5.release(); t(lambda: b.append(3)); print(b)
m6 = memoryview(b)
m7 = memoryview(m6)
m6.release()
t(lambda: b.append(4))
t(lambda: m7.tobytes())
