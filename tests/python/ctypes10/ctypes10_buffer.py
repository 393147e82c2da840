# The buffer protocol of ctypes objects (memoryview format, shape,
# itemsize), from_buffer over bytearray and mmap, from_buffer_copy, and
# pickling of simple types and structures.
import mmap
import pickle
from ctypes import *


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


def info(obj):
    m = memoryview(obj)
    return (m.format, m.itemsize, m.ndim, m.shape, m.strides, m.nbytes, m.readonly, m.c_contiguous)


for tp in (c_bool, c_char, c_wchar, c_byte, c_ubyte, c_short, c_ushort, c_int, c_uint, c_long,
           c_ulong, c_longlong, c_float, c_double, c_longdouble, c_char_p, c_wchar_p, c_void_p,
           py_object):
    print(tp.__name__, info(tp()))


class S(Structure):
    _fields_ = [("a", c_int), ("b", c_char), ("arr", c_short * 3), ("p", POINTER(c_int)), ("d", c_char * 2)]


class U(Union):
    _fields_ = [("a", c_int), ("b", c_double)]


class P(Structure):
    _pack_ = 1
    _fields_ = [("a", c_char), ("b", c_int)]


class N(Structure):
    _fields_ = [("s", S), ("u", U), ("p", P)]


for obj in (S(), U(), P(), N(), (c_int * 3)(), (c_double * 2 * 3)(), (c_double * 0)(),
            POINTER(c_int)(), (POINTER(c_short) * 2)(), (S * 2)(), c_int.__ctype_be__()):
    print(type(obj).__name__, info(obj))

m = memoryview((c_int * 3)(1, 2, 3))
t(lambda: bytes(m))
t(lambda: m.cast("B").tolist())
t(lambda: bytes(S(1, b"x")) [:8])

ba = bytearray(8)
v = c_int.from_buffer(ba, 4)
v.value = 0x01020304
t(lambda: (ba, v._b_needsfree_, v._objects is not None))
t(lambda: c_int.from_buffer(bytes(4)))
t(lambda: c_int.from_buffer(bytearray(2)))
t(lambda: c_int.from_buffer(bytearray(8), -1))
t(lambda: c_int.from_buffer(bytearray(8), 6))
t(lambda: c_int.from_buffer_copy(b"\1\0\0\0").value)
t(lambda: c_int.from_buffer_copy(b"\1\0\0\0\2\0\0\0", 4).value)
t(lambda: c_int.from_buffer_copy(b"\1"))
t(lambda: (c_int * 2).from_buffer_copy(bytearray(b"\1\0\0\0\2\0\0\0"))[:])
t(lambda: S.from_buffer_copy(bytes(range(40))).a)

mm = mmap.mmap(-1, 64)
arr = (c_double * 4).from_buffer(mm)
arr[2] = 2.5
t(lambda: (mm[16:24], list(arr)))
t(lambda: mm.resize(128) if False else "resize skipped")
del arr

t(lambda: pickle.loads(pickle.dumps(c_int(42))))
t(lambda: pickle.loads(pickle.dumps(c_double(1.25))).value)


class Pt(Structure):
    _fields_ = [("x", c_int), ("y", c_int)]


pt = pickle.loads(pickle.dumps(Pt(3, 4)))
t(lambda: (type(pt).__name__, pt.x, pt.y))
t(lambda: pickle.dumps(pointer(c_int(1))))
t(lambda: pickle.dumps(c_char_p(b"x")))
t(lambda: c_int(1).__reduce__()[1])

# An exporter stays exported while a ctypes object views it.
m2 = mmap.mmap(-1, 64)
c2 = c_int.from_buffer(m2)
t(lambda: m2.close())
c2.value = 5
t(lambda: m2[:4])
ba2 = bytearray(8)
d2 = c_int.from_buffer(ba2)
t(lambda: ba2.extend(b"xx"))
d2.value = 7
t(lambda: ba2)
