# Simple ctypes types: sizes and alignments on x86-64, values, truncation,
# reprs, conversion errors with CPython's messages.
import ctypes
from ctypes import *


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


names = ("c_bool c_char c_wchar c_byte c_ubyte c_short c_ushort c_int c_uint c_long c_ulong "
         "c_longlong c_ulonglong c_size_t c_ssize_t c_float c_double c_longdouble c_char_p "
         "c_wchar_p c_void_p py_object c_int8 c_uint8 c_int16 c_uint16 c_int32 c_uint32 "
         "c_int64 c_uint64").split()
for n in names:
    tp = getattr(ctypes, n)
    print(n, tp.__name__, sizeof(tp), alignment(tp), sizeof(tp()), tp._type_)

t(lambda: c_int(5))
t(lambda: c_int(-5).value)
t(lambda: c_int("x"))
t(lambda: c_int(1.5))
t(lambda: c_ubyte(300))
t(lambda: c_byte(200).value)
t(lambda: c_uint(-1).value)
t(lambda: c_short(70000).value)
t(lambda: c_ulonglong(2 ** 64 + 3).value)
t(lambda: c_longlong(2 ** 63).value)
t(lambda: c_char(b"a"))
t(lambda: c_char(b"ab"))
t(lambda: c_char(65))
t(lambda: c_char("a"))
t(lambda: c_wchar("z"))
t(lambda: c_wchar("ab"))
t(lambda: c_wchar(5))
t(lambda: c_double("x"))
t(lambda: c_double(3))
t(lambda: c_float(1.1).value)
t(lambda: c_float(0.5).value)
t(lambda: c_longdouble(-2.25).value)
t(lambda: c_bool(5))
t(lambda: c_bool([]))
t(lambda: c_char_p(b"hi").value)
t(lambda: c_char_p("hi"))
t(lambda: c_char_p().value)
t(lambda: c_wchar_p("h\xe9").value)
t(lambda: c_wchar_p(b"x"))
t(lambda: c_void_p(5))
t(lambda: c_void_p().value)
t(lambda: c_void_p("x"))
t(lambda: py_object())
t(lambda: py_object([1, 2]))
t(lambda: py_object().value)
t(lambda: c_int())
t(lambda: c_int(1, 2))
t(lambda: bool(c_int(0)))
t(lambda: bool(c_int(3)))
t(lambda: hash(c_int(1)))
t(lambda: vars(c_int(2)))
t(lambda: c_int(7).__ctypes_from_outparam__())


class MyInt(c_int):
    pass


t(lambda: MyInt(4).value)
t(lambda: repr(MyInt(4)).startswith("<MyInt object at 0x"))
t(lambda: MyInt(4).__ctypes_from_outparam__() .__class__.__name__)
v = c_int(1)
v.value = 42
t(lambda: v.value)
t(lambda: delattr(v, "value"))
t(lambda: c_int.__ctype_be__)
t(lambda: c_int.__ctype_le__ is c_int)
t(lambda: c_int.__ctype_be__(258).value)
t(lambda: bytes(c_int.__ctype_be__(258)))
t(lambda: bytes(c_int(258)))
t(lambda: bytes(c_double(1.5)))
t(lambda: [n for n in ("c_bool", "c_char", "c_byte", "c_short", "c_int", "c_float", "c_double",
                        "c_longdouble", "c_void_p", "c_wchar") if hasattr(getattr(ctypes, n), "__ctype_be__")])
t(lambda: type(c_int).__name__)
t(lambda: c_int.__mro__)
t(lambda: sizeof(3))
t(lambda: sizeof(ctypes._SimpleCData))
t(lambda: ctypes._SimpleCData())


class Bad(ctypes._SimpleCData):
    pass
