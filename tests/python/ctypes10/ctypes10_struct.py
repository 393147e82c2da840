# Structures and unions: layout, bit fields, _pack_, _anonymous_, nested
# structures, byte order, initialisation and the errors CPython raises.
from ctypes import *


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


class S(Structure):
    _fields_ = [("a", c_int), ("b", c_char), ("c", c_double)]


t(lambda: (S.a, S.b, S.c, S.a.offset, S.c.size))
t(lambda: (sizeof(S), alignment(S)))
s = S(1, b"x", 2.5)
t(lambda: (s.a, s.b, s.c))
t(lambda: S(1, 2, 3, 4))
t(lambda: S(1, a=2))
t(lambda: S(b=3.4))
t(lambda: S(c="x"))
t(lambda: S().x)
t(lambda: setattr(S, "_fields_", []))
t(lambda: type(S).__name__)
t(lambda: bytes(S(1, b"z", 0.0)))


class Empty(Structure):
    pass


t(lambda: sizeof(Empty))
Empty._fields_ = [("v", c_short)]
t(lambda: sizeof(Empty))
t(lambda: setattr(Empty, "_fields_", [("w", c_int)]))


class Base(Structure):
    _fields_ = [("x", c_int)]


class Derived(Base):
    _fields_ = [("y", c_char)]


t(lambda: (sizeof(Derived), Derived.y.offset, Derived().x))


class U(Union):
    _fields_ = [("i", c_uint), ("b", c_ubyte * 4), ("d", c_double)]


u = U()
u.i = 0x01020304
t(lambda: (sizeof(U), list(u.b), U.i, U.d))


class B(Structure):
    _fields_ = [("a", c_int, 3), ("b", c_int, 5), ("c", c_short, 4), ("d", c_uint, 30), ("e", c_ubyte, 2)]


t(lambda: (sizeof(B), B.a, B.b, B.c, B.d, B.e))
b = B(-1, 7, 5, 2 ** 30 - 1, 3)
t(lambda: (b.a, b.b, b.c, b.d, b.e))
b.a = 4
t(lambda: (b.a, bytes(b)))


class BadBits(Structure):
    pass


t(lambda: setattr(BadBits, "_fields_", [("a", c_double, 3)]))
t(lambda: setattr(BadBits, "_fields_", [("a", c_int, 40)]))
t(lambda: setattr(BadBits, "_fields_", [("a", c_int, 0)]))
t(lambda: setattr(BadBits, "_fields_", [("a", 5)]))
t(lambda: setattr(BadBits, "_fields_", ["a"]))


class P(Structure):
    _pack_ = 1
    _fields_ = [("a", c_char), ("b", c_int), ("c", c_short)]


t(lambda: (sizeof(P), alignment(P), P.b, P.c))


class P2(Structure):
    _pack_ = 2
    _fields_ = [("a", c_char), ("b", c_longlong)]


t(lambda: (sizeof(P2), P2.b))


class Anon(Structure):
    _anonymous_ = ("u",)
    _fields_ = [("k", c_int), ("u", U)]


an = Anon()
an.i = 7
t(lambda: (an.u.i, an.i, Anon.i, Anon.d, sizeof(Anon)))


class BadAnon(Structure):
    pass


try:
    class BadAnon2(Structure):
        _anonymous_ = ("nope",)
        _fields_ = [("k", c_int)]
except AttributeError as e:
    print("AttributeError:", e)


class POINT(Structure):
    _fields_ = [("x", c_int), ("y", c_int)]


class RECT(Structure):
    _fields_ = [("a", POINT), ("b", POINT)]


r = RECT(POINT(1, 2), (3, 4))
t(lambda: (r.a.x, r.a.y, r.b.x, r.b.y))
r.a.x = 10
t(lambda: r.a.x)
r.b = POINT(5, 6)
t(lambda: (r.b.x, r.b.y))
t(lambda: setattr(r, "a", 5))
t(lambda: setattr(r, "a", RECT()))
t(lambda: type(r.a._b_base_).__name__)
t(lambda: (r.a._b_needsfree_, r._b_needsfree_))
t(lambda: r._objects)


class Chars(Structure):
    _fields_ = [("name", c_char * 5), ("w", c_wchar * 3)]


c = Chars(b"#####")
c.name = b"a\0b\0"
t(lambda: (bytes(c)[:5], c.name))
t(lambda: setattr(c, "name", b"toolong"))
t(lambda: setattr(c, "name", "str"))
c.w = "hi"
t(lambda: c.w)


class BE(BigEndianStructure):
    _fields_ = [("a", c_int), ("b", c_short), ("c", c_uint, 4), ("d", c_uint, 12)]


be = BE(1, 2, 3, 4)
t(lambda: (bytes(be), be.a, be.b, be.c, be.d, BE.c, BE.d))


class LE(LittleEndianStructure):
    _fields_ = [("a", c_int)]


t(lambda: bytes(LE(258)))


class BEU(BigEndianUnion):
    _fields_ = [("a", c_ushort), ("b", c_ubyte * 2)]


t(lambda: list(BEU(0x0102).b))


class Rec(Structure):
    pass


Rec._fields_ = [("v", c_int), ("next", POINTER(Rec))]
r1 = Rec(1)
r2 = Rec(2, pointer(r1))
t(lambda: (r2.next.contents.v, bool(r1.next), sizeof(Rec)))


class WithInit(Structure):
    _fields_ = [("a", c_int), ("b", c_int)]

    def __init__(self, a):
        super().__init__(a, a * 2)


t(lambda: (WithInit(3).a, WithInit(3).b))
t(lambda: S.a.__set__("wrong", 1))
t(lambda: delattr(S(), "a"))
