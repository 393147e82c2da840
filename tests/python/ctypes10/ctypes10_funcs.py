# What ctypes/__init__.py builds on CFuncPtr without foreign calls:
# CFUNCTYPE prototypes and Python callbacks, CDLL(None) and pythonapi,
# the errors of loading libraries and looking up symbols, errno helpers.
import ctypes
import sys
from ctypes import *


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", str(e).replace(sys.executable, "<exe>"))


PROTO = CFUNCTYPE(c_int, c_int, c_int)
t(lambda: (PROTO.__name__, PROTO._restype_, PROTO._argtypes_, PROTO._flags_, type(PROTO).__name__))
t(lambda: CFUNCTYPE(c_int, c_int) is CFUNCTYPE(c_int, c_int))
add = PROTO(lambda a, b: a + b)
t(lambda: add(2, 3))
t(lambda: add(2 ** 31, 1))
t(lambda: add(1))
t(lambda: add("x", 1))
t(lambda: (bool(add), sizeof(add), type(add).__name__, repr(add).startswith("<CFunctionType object at 0x")))
t(lambda: (add.restype, add.argtypes))
add.restype = c_short
t(lambda: add(70000, 0))
add.errcheck = lambda result, func, args: ("checked", result, args)
t(lambda: add(1, 2))
t(lambda: PROTO(5)(1, 2) if False else "no call")
t(lambda: type(PROTO()).__name__)
t(lambda: bool(PROTO()))
t(lambda: PROTO("nope"))
VOIDP = CFUNCTYPE(None, c_char_p)
seen = []
cb = VOIDP(lambda s: seen.append(s))
t(lambda: (cb(b"abc"), seen))
DBL = CFUNCTYPE(c_double, c_double)
t(lambda: DBL(lambda x: x * 1.5)(2))
t(lambda: CFUNCTYPE(py_object, py_object)(lambda o: o + [1])([0]))
t(lambda: PYFUNCTYPE(c_int)(lambda: 7)())


def bad(x):
    return 1 / x


def hook(args):
    print("unraisable:", args.exc_type.__name__, args.exc_value, args.err_msg)


old, sys.unraisablehook = sys.unraisablehook, hook
t(lambda: type(CFUNCTYPE(c_int, c_int)(bad)(0)))
sys.unraisablehook = old

t(lambda: type(CDLL(None)).__name__)
t(lambda: type(pythonapi).__name__)
t(lambda: pythonapi.Py_NoSuchSymbol)
t(lambda: hasattr(pythonapi, "Py_NoSuchSymbol"))
t(lambda: CDLL("libnothere.so"))
t(lambda: cdll.LoadLibrary("libnothere.so"))
t(lambda: (ctypes.RTLD_GLOBAL, ctypes.RTLD_LOCAL, ctypes.DEFAULT_MODE))
t(lambda: set_errno(5))
t(lambda: get_errno())
t(lambda: set_errno(0))
t(lambda: ctypes.ArgumentError.__mro__)
t(lambda: issubclass(type(add), ctypes._CFuncPtr))
t(lambda: cast(add, c_void_p).value is not None)
t(lambda: (memmove.restype, memset.argtypes))
