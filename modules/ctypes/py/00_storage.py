# The type machinery of Krait's _ctypes: the files of this directory run in
# name order in the module's namespace (module.go). Memory, addresses, the
# buffer protocol and the numeric fast paths are Go functions (_alloc,
# _share, _at, _from_buffer, _raw, _mem, _addr, ...) over the Go base type
# _CData; these files compute layouts and convert values the way CPython's
# Modules/_ctypes (C) does.
#
# This file: module constants, storage info (CPython's StgDict) and the
# conversions of the simple type codes.

import struct as _struct
from operator import index as _opindex
import sys as _sys

__version__ = "1.1.0"
FUNCFLAG_CDECL = 0x1
FUNCFLAG_PYTHONAPI = 0x4
FUNCFLAG_USE_ERRNO = 0x8
FUNCFLAG_USE_LASTERROR = 0x10
RTLD_LOCAL = 0
RTLD_GLOBAL = 256
CTYPES_MAX_ARGCOUNT = 1024

# Built-in "C functions" ctypes/__init__.py wraps with CFUNCTYPE: never
# Krait memory, so they cannot be mistaken for data addresses.
_memmove_addr = 0x1001
_memset_addr = 0x1002
_string_at_addr = 0x1003
_cast_addr = 0x1004
_wstring_at_addr = 0x1005

_pointer_type_cache = {}
_array_type_cache = {}
_from_buffer_go = _from_buffer


class ArgumentError(Exception):
    pass


ArgumentError.__module__ = "ctypes"

_errno = 0


def get_errno():
    return _errno


def set_errno(value):
    global _errno
    old, _errno = _errno, value.__index__() if not isinstance(value, int) else value
    return old


# ---------------------------------------------------------------- storage info

class _Stg:
    """What CPython keeps in a type's StgDict: layout and conversion."""
    __slots__ = ("kind", "size", "align", "length", "proto", "format", "shape",
                 "final", "haspointer", "code", "big", "fields", "getfunc", "setfunc",
                 "packed", "init_names")

    def __init__(self, kind, size=0, align=1):
        self.kind = kind
        self.size = size
        self.align = align
        self.length = 0
        self.proto = None
        self.format = "B"
        self.shape = ()
        self.final = False
        self.haspointer = False
        self.code = None
        self.big = False
        self.fields = None
        self.getfunc = None
        self.setfunc = None
        self.packed = False
        self.init_names = None

    def copy(self):
        n = _Stg(self.kind)
        for k in _Stg.__slots__:
            setattr(n, k, getattr(self, k))
        n.final = False
        return n


def _stg(tp):
    """The storage info of a ctypes type (inherited), or None."""
    if isinstance(tp, type):
        return getattr(tp, "_stg_", None)
    return None


def _own_stg(tp):
    return tp.__dict__.get("_stg_")


def _set_stg(tp, stg):
    type.__setattr__(tp, "_stg_", stg)


def _caller_module():
    """__name__ of the nearest caller outside this module (CPython names
    the types it makes, c_int_Array_3 or LP_c_int, after the calling code)."""
    f = _sys._getframe(1)
    g = globals()
    while f is not None and f.f_globals is g:
        f = f.f_back
    return f.f_globals.get("__name__", "_ctypes") if f is not None else "_ctypes"


# ---------------------------------------------------------------- simple codes

_SIMPLE_CODES = "cbBhHiIlLdfuzZqQPXOv?g"
_INT_CODES = {"b": (1, True), "B": (1, False), "h": (2, True), "H": (2, False),
              "i": (4, True), "I": (4, False), "l": (8, True), "L": (8, False),
              "q": (8, True), "Q": (8, False), "?": (1, False), "v": (2, True)}
_SIZES = {"c": 1, "u": 4, "f": 4, "d": 8, "g": 16, "z": 8, "Z": 8, "P": 8, "O": 8, "X": 8}
_PEP_CODES = {"l": "q", "L": "Q"}
_SWAPPABLE = "bBhHiIlLqQfdc"


def _simple_size(code):
    if code in _INT_CODES:
        return _INT_CODES[code][0]
    return _SIZES[code]


def _to_signed(v, bits):
    v &= (1 << bits) - 1
    if v >= 1 << (bits - 1):
        v -= 1 << bits
    return v


def _int_arg(value):
    return _opindex(value) if not isinstance(value, int) else value


def _read_int(mv, off, size, signed, big):
    return int.from_bytes(mv[off:off + size], "big" if big else "little", signed=signed)


def _write_int(mv, off, size, value, big):
    mv[off:off + size] = (value & ((1 << (8 * size)) - 1)).to_bytes(size, "big" if big else "little")


# long double: the x87 80-bit format in 16 bytes, converted from/to double.
def _ld_pack(x):
    import math
    sign = 1 if math.copysign(1.0, x) < 0 else 0
    if x != x:
        exp, mant = 0x7FFF, 0xC000000000000000
    elif math.isinf(x):
        exp, mant = 0x7FFF, 0x8000000000000000
    elif x == 0:
        exp, mant = 0, 0
    else:
        m, e = math.frexp(abs(x))      # abs(x) = m * 2**e, 0.5 <= m < 1
        exp = e - 1 + 16383
        mant = int(m * (1 << 64))
    return mant.to_bytes(8, "little") + (exp | sign << 15).to_bytes(2, "little") + bytes(6)


def _ld_unpack(b):
    import math
    mant = int.from_bytes(b[:8], "little")
    se = int.from_bytes(b[8:10], "little")
    sign, exp = se >> 15, se & 0x7FFF
    if exp == 0x7FFF:
        v = math.inf if mant & 0x7FFFFFFFFFFFFFFF == 0 else math.nan
    elif exp == 0 and mant == 0:
        v = 0.0
    else:
        v = math.ldexp(mant, exp - 16383 - 63)
    return -v if sign else v


def _cstring(mv, off=0, limit=None):
    data = bytes(mv[off:] if limit is None else mv[off:off + limit])
    i = data.find(b"\0")
    return data if i < 0 else data[:i]


def _wstring(mv, off=0, limit=None):
    end = len(mv) if limit is None else off + 4 * limit
    out = []
    for p in range(off, end - 3, 4):
        c = int.from_bytes(mv[p:p + 4], "little")
        if c == 0:
            break
        out.append(chr(c))
    return "".join(out)


def _wencode(s):
    return b"".join(ord(c).to_bytes(4, "little") for c in s)


_pyobjects = {}


def _make_getset(code, big):
    """getfunc(mv, off) and setfunc(mv, off, value) -> keep, for a code."""
    if code in _INT_CODES:
        size, signed = _INT_CODES[code]
        if code == "v":
            def get(mv, off):
                return _read_int(mv, off, 2, True, big) != 0

            def set(mv, off, value):
                _write_int(mv, off, 2, -1 if value else 0, big)
        elif code == "?":
            def get(mv, off):
                return mv[off] != 0

            def set(mv, off, value):
                mv[off] = 1 if value else 0
        else:
            def get(mv, off):
                return _read_int(mv, off, size, signed, big)

            def set(mv, off, value):
                _write_int(mv, off, size, _int_arg(value), big)
        return get, set
    if code == "c":
        def get(mv, off):
            return bytes(mv[off:off + 1])

        def set(mv, off, value):
            if isinstance(value, (bytes, bytearray)) and len(value) == 1:
                mv[off] = value[0]
            elif isinstance(value, int) and 0 <= value < 256:
                mv[off] = value
            else:
                raise TypeError("one character bytes, bytearray or integer expected")
        return get, set
    if code == "u":
        def get(mv, off):
            return chr(int.from_bytes(mv[off:off + 4], "little"))

        def set(mv, off, value):
            if not isinstance(value, str):
                raise TypeError("unicode string expected instead of %s instance" % type(value).__name__)
            if len(value) != 1:
                raise TypeError("one character unicode string expected")
            mv[off:off + 4] = ord(value).to_bytes(4, "little")
        return get, set
    if code in "fd":
        fmt = (">" if big else "<") + code

        def get(mv, off):
            return _struct.unpack_from(fmt, mv, off)[0]

        def set(mv, off, value):
            if not isinstance(value, float):
                value = _float_arg(value)
            _struct.pack_into(fmt, mv, off, value)
        return get, set
    if code == "g":
        def get(mv, off):
            return _ld_unpack(bytes(mv[off:off + 16]))

        def set(mv, off, value):
            mv[off:off + 16] = _ld_pack(_float_arg(value))
        return get, set
    if code == "P":
        def get(mv, off):
            return _read_int(mv, off, 8, False, False) or None

        def set(mv, off, value):
            if value is None:
                value = 0
            elif not isinstance(value, int):
                raise TypeError("cannot be converted to pointer")
            _write_int(mv, off, 8, value, False)
        return get, set
    if code == "z":
        def get(mv, off):
            a = _read_int(mv, off, 8, False, False)
            return _cstring(_mem(a, -1)) if a else None

        def set(mv, off, value):
            keep = None
            if value is None:
                a = 0
            elif isinstance(value, bytes):
                keep = _KeptBytes(value)
                keep._buf = _keep_buffer(value + b"\0")
                a = _addr(keep._buf)
            elif isinstance(value, int):
                a = value
            else:
                raise TypeError("bytes or integer address expected instead of %s instance" % type(value).__name__)
            _write_int(mv, off, 8, a, False)
            return keep
        return get, set
    if code == "Z":
        def get(mv, off):
            a = _read_int(mv, off, 8, False, False)
            return _wstring(_mem(a, -1)) if a else None

        def set(mv, off, value):
            keep = None
            if value is None:
                a = 0
            elif isinstance(value, str):
                keep = _KeptStr(value)
                keep._buf = _keep_buffer(_wencode(value) + bytes(4))
                a = _addr(keep._buf)
            elif isinstance(value, int):
                a = value
            else:
                raise TypeError("unicode string or integer address expected instead of %s instance"
                                % type(value).__name__)
            _write_int(mv, off, 8, a, False)
            return keep
        return get, set
    if code == "O":
        def get(mv, off):
            a = _read_int(mv, off, 8, False, False)
            if not a:
                raise ValueError("PyObject is NULL")
            return _pyobjects[a]

        def set(mv, off, value):
            _pyobjects[id(value)] = value
            _write_int(mv, off, 8, id(value), False)
            return value
        return get, set
    raise AttributeError("class must define a '_type_' attribute which must be\n"
                         "a single character string containing one of '%s'." % _SIMPLE_CODES)


def _float_arg(value):
    if isinstance(value, float):
        return value
    if hasattr(type(value), "__float__") or hasattr(type(value), "__index__"):
        return float(value)
    raise TypeError("must be real number, not %s" % type(value).__name__)


class _KeptBytes(bytes):
    """The value a c_char_p keeps in _objects (equal to the bytes, as in
    CPython), holding the NUL-terminated copy the pointer points at."""


class _KeptStr(str):
    """_KeptBytes for c_wchar_p."""


def _keep_buffer(data):
    buf = _bare(_RawBuffer)
    _alloc(buf, len(data))
    _raw(buf)[:] = data
    return buf
