# The type machinery of Krait's _ctypes, run in the module's namespace by
# module.go. Memory, addresses and the buffer protocol are Go functions
# (_alloc, _share, _at, _from_buffer, _raw, _mem, _addr, _resize,
# _set_objects) on the Go base type _CData; this file computes layouts and
# converts values the way CPython's Modules/_ctypes (C) does.

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


# ---------------------------------------------------------------- generic parts

def _generic_new(cls):
    """GenericPyCData_new: fresh zeroed memory; the type becomes final.
    Later instances of cls are made in Go (_register_size)."""
    stg = _stg(cls)
    if stg is None:
        raise TypeError("abstract class")
    self = _bare(cls)
    _alloc(self, stg.size)
    stg.final = True
    if isinstance(cls, (PyCSimpleType, _StructUnionMeta, PyCArrayType)):
        _register_size(cls, stg.size)
    return self


def _view(cls, base, offset, index=0):
    """An instance of cls over base's memory at offset (no __init__)."""
    stg = _stg(cls)
    obj = _bare(cls)
    _share(obj, base, offset, stg.size, index)
    return obj


def _simple_instance(tp):
    """CPython's _ctypes_simple_instance: a subclass of a simple type."""
    return isinstance(tp, PyCSimpleType) and tp.__base__ is not _SimpleCData


def _cdata_get(tp, src, index, offset, getfunc=None):
    """PyCData_get: a Python value for simple types, else a view."""
    if getfunc is not None:
        return getfunc(_raw(src), offset)
    stg = _stg(tp)
    if stg.getfunc is not None and not _simple_instance(tp):
        return stg.getfunc(_raw(src), offset)
    return _view(tp, src, offset, index)


def _root(obj):
    while obj._b_base_ is not None:
        obj = obj._b_base_
    return obj


def _keep_container(obj):
    root = _root(obj)
    objs = root._objects
    if objs is None and _stg(type(root)).length:
        objs = {}
        _set_objects(root, objs)
    return root, objs


def _keepref(target, index, keep):
    if keep is None:
        return
    root, objs = _keep_container(target)
    if not isinstance(objs, dict):
        _set_objects(root, keep)
        return
    key = "%x" % index
    t = target
    while t._b_base_ is not None:
        key += ":%x" % _index(t)
        t = t._b_base_
    objs[key] = keep


def _keeped(obj):
    return _keep_container(obj)[1]


def _cdata_set(dst, tp, setfunc, value, index, offset, size):
    """_PyCData_set: store value into dst at offset as type tp; returns keep."""
    mv = _raw(dst)
    if setfunc is not None:
        return setfunc(mv, offset, value)
    if not isinstance(value, _CData):
        stg = _stg(tp)
        if stg.setfunc is not None:
            return stg.setfunc(mv, offset, value)
        if isinstance(value, tuple):
            try:
                ob = tp(*value)
            except Exception as e:
                raise RuntimeError("(%s) %s: %s" % (tp.__name__, type(e).__name__, e)) from None
            return _cdata_set(dst, tp, setfunc, ob, index, offset, size)
        if value is None and isinstance(tp, PyCPointerType):
            _write_int(mv, offset, 8, 0, False)
            return None
        raise TypeError("expected %s instance, got %s" % (tp.__name__, type(value).__name__))
    if isinstance(value, tp):
        mv[offset:offset + size] = _raw(value)[:size]
        return _keeped(value)
    if isinstance(tp, PyCPointerType) and isinstance(value, Array):
        if _stg(tp).proto is not _stg(type(value)).proto:
            raise TypeError("incompatible types, %s instance instead of %s instance"
                            % (type(value).__name__, tp.__name__))
        _write_int(mv, offset, 8, _addr(value), False)
        return (_keeped(value), value)
    raise TypeError("incompatible types, %s instance instead of %s instance"
                    % (type(value).__name__, tp.__name__))


def _set_item(dst, tp, setfunc, value, index, offset, size):
    keep = _cdata_set(dst, tp, setfunc, value, index, offset, size)
    _keepref(dst, index, keep)


# ---------------------------------------------------------------- metaclass methods

def _from_address(cls, address):
    _sys.audit("ctypes.cdata", address)
    stg = _stg(cls)
    if stg is None:
        raise TypeError("abstract class")
    obj = _bare(cls)
    _at(obj, address, stg.size, None)
    return obj


def _from_buffer_impl(cls, obj, offset=0):
    stg = _stg(cls)
    if stg is None:
        raise TypeError("abstract class")
    mv = memoryview(obj)
    if mv.readonly:
        raise TypeError("underlying buffer is not writable")
    if not mv.c_contiguous:
        raise TypeError("underlying buffer is not C contiguous")
    if offset < 0:
        raise ValueError("offset cannot be negative")
    if stg.size > mv.nbytes - offset:
        raise ValueError("Buffer size too small (%d instead of at least %d bytes)"
                         % (mv.nbytes, stg.size + offset))
    _sys.audit("ctypes.cdata/buffer", mv, stg.size, offset)
    raw = mv.cast("B") if mv.format != "B" or mv.ndim != 1 else mv
    res = _bare(cls)
    _from_buffer_go(res, raw, offset, stg.size)
    _keepref(res, -1, mv)
    return res


def _from_buffer_meta(cls, obj, offset=0):
    return _from_buffer_impl(cls, obj, offset)


def _from_buffer_copy(cls, obj, offset=0):
    stg = _stg(cls)
    if stg is None:
        raise TypeError("abstract class")
    mv = memoryview(obj)
    if offset < 0:
        raise ValueError("offset cannot be negative")
    if stg.size > mv.nbytes - offset:
        raise ValueError("Buffer size too small (%d instead of at least %d bytes)"
                         % (mv.nbytes, stg.size + offset))
    _sys.audit("ctypes.cdata/buffer", mv, stg.size, offset)
    res = _generic_new(cls)
    data = mv.tobytes()
    _raw(res)[:] = data[offset:offset + stg.size]
    return res


def _in_dll(cls, dll, name):
    _sys.audit("ctypes.dlsym", dll, name)
    raise ValueError("%s: undefined symbol: %s" % (getattr(dll, "_name", None) or _sys.executable, name))


def _type_mul(cls, length):
    if not isinstance(length, int):
        return NotImplemented
    if length < 0:
        raise ValueError("Array length must be >= 0, not %d" % length)
    return _array_type(cls, length)


def _generic_from_param(cls, value):
    if isinstance(value, cls):
        return value
    if isinstance(value, CArgObject) and isinstance(value._obj, cls):
        return value
    p = getattr(value, "_as_parameter_", None)
    if p is not None:
        return cls.from_param(p)
    raise TypeError("expected %s instance instead of %s" % (cls.__name__, type(value).__name__))


_META_METHODS = {
    "from_address": _from_address,
    "from_buffer": _from_buffer_meta,
    "from_buffer_copy": _from_buffer_copy,
    "in_dll": _in_dll,
    "__mul__": _type_mul,
    "__rmul__": _type_mul,
}


def _meta(cls):
    for k, v in _META_METHODS.items():
        if k not in cls.__dict__:
            setattr(cls, k, v)
    return cls


def _unhashable(self):
    raise TypeError("unhashable type")


def _cdata_reduce(self):
    stg = _stg(type(self))
    if stg.haspointer or stg.kind == "pointer" or (stg.kind == "simple" and stg.code in "zZPO"):
        raise ValueError("ctypes objects containing pointers cannot be pickled")
    return (_unpickle, (type(self), (self.__dict__, bytes(_raw(self)))))


def _cdata_setstate(self, dict, data):
    if not isinstance(dict, type({})):
        raise TypeError("__setstate__ argument 1 must be dict, not %s" % type(dict).__name__)
    if not isinstance(data, bytes):
        raise TypeError("__setstate__ argument 2 must be bytes, not %s" % type(data).__name__)
    raw = _raw(self)
    n = min(len(data), len(raw))
    raw[:n] = data[:n]
    self.__dict__.update(dict)


def _from_outparam(self):
    return self


def _unpickle(typ, state):
    obj = typ.__new__(typ)
    obj.__setstate__(*state)
    return obj


def _buffer_info(obj):
    stg = _stg(type(obj))
    if stg.kind == "array":
        item = stg
        while item.kind == "array":
            item = _stg(item.proto)
        itemsize = item.size
    else:
        itemsize = len(_raw(obj))
    return (stg.format or "B", itemsize, tuple(stg.shape))


_set_buffer_hook(_buffer_info)


def buffer_info(obj):
    stg = _stg(obj if isinstance(obj, type) else type(obj))
    if stg is None:
        raise TypeError("not a ctypes type or object")
    return (stg.format, len(stg.shape), tuple(stg.shape))


# ---------------------------------------------------------------- simple types

class PyCSimpleType(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        if _defining_bases:
            return cls
        try:
            proto = cls._type_
        except AttributeError:
            raise AttributeError("class must define a '_type_' attribute") from None
        if not isinstance(proto, str):
            raise TypeError("class must define a '_type_' string attribute")
        if len(proto) != 1 or proto not in _SIMPLE_CODES or proto == "X":
            raise AttributeError("class must define a '_type_' attribute which must be\n"
                                 "a single character string containing one of '%s'." % _SIMPLE_CODES)
        _init_simple(cls, proto, False)
        if cls.__base__ is _SimpleCData:
            if proto in "zZP":
                fp = {"z": _c_char_p_from_param, "Z": _c_wchar_p_from_param,
                      "P": _c_void_p_from_param}[proto]
                type.__setattr__(cls, "from_param", classmethod(fp))
        if mcls is PyCSimpleType and proto in _SWAPPABLE and _simple_size(proto) > 1:
            sw = type.__new__(mcls, name + "_be", bases, dict(ns))
            _init_simple(sw, proto, True)
            type.__setattr__(cls, "__ctype_be__", sw)
            type.__setattr__(cls, "__ctype_le__", cls)
            type.__setattr__(sw, "__ctype_le__", cls)
            type.__setattr__(sw, "__ctype_be__", sw)
        return cls

    def from_param(cls, value):
        if isinstance(value, cls):
            return value
        stg = _stg(cls)
        if stg is None:
            raise TypeError("abstract class")
        try:
            carg = CArgObject(stg.code, None, None)
            tmp = _bare(_RawBuffer)
            _alloc(tmp, stg.size)
            keep = stg.setfunc(_raw(tmp), 0, value)
            carg._value = stg.getfunc(_raw(tmp), 0)
            carg._obj = value if keep is None else keep
            carg._buf = tmp
            return carg
        except (TypeError, ValueError):
            pass
        p = getattr(value, "_as_parameter_", None)
        if p is not None:
            return cls.from_param(p)
        raise TypeError("wrong type")


def _init_simple(cls, code, big):
    stg = _Stg("simple", _simple_size(code), 16 if code == "g" else _simple_size(code))
    stg.code = code
    stg.big = big
    stg.format = (">" if big else "<") + _PEP_CODES.get(code, code)
    stg.getfunc, stg.setfunc = _make_getset(code, big)
    if code in "zZPO":
        stg.haspointer = True
    _set_stg(cls, stg)
    _register_simple(cls, code, big)


_meta(PyCSimpleType)
_defining_bases = True


class _Attr:
    """A getset descriptor: like property, but deleting raises TypeError
    ("can't delete attribute") as CPython's getsets without a setter for
    NULL do."""
    def __init__(self, fget, fset=None, doc=None):
        self.fget, self.fset, self.__doc__ = fget, fset, doc

    def __get__(self, obj, cls=None):
        return self if obj is None else self.fget(obj)

    def __set__(self, obj, value):
        if self.fset is None:
            raise AttributeError("attribute is not writable")
        self.fset(obj, value)

    def __delete__(self, obj):
        raise TypeError("can't delete attribute")


class _RawBuffer(_CData):
    """Private memory for c_char_p/c_wchar_p values and from_param."""


def _refuse_delete(self):
    raise TypeError("can't delete attribute")


def _simple_value_get(self):
    stg = _stg(type(self))
    return stg.getfunc(_raw(self), 0)


def _simple_value_set(self, value):
    stg = _stg(type(self))
    keep = stg.setfunc(_raw(self), 0, value)
    _keepref(self, 0, keep)


class _SimpleCData(_CData, metaclass=PyCSimpleType):
    """XXX to be provided"""
    __slots__ = ()

    value = property(_value, _set_value, _refuse_delete, "current value")
    __init__ = _simple_init

    def __bool__(self):
        return any(_raw(self))

    def __repr__(self):
        if type(self).__base__ is not _SimpleCData:
            return "<%s object at %#x>" % (type(self).__name__, id(self))
        return "%s(%r)" % (type(self).__name__, self.value)

    def __ctypes_from_outparam__(self):
        if type(self).__base__ is _SimpleCData:
            return self.value
        return self

    __hash__ = _unhashable
    __reduce__ = _cdata_reduce
    __setstate__ = _cdata_setstate


# ---------------------------------------------------------------- fields

_new_field_go = _new_field


def _field_get(f, obj):
    """CField.__get__ for the members Go does not convert."""
    if f._bits:
        return _get_bits(f, obj)
    return _cdata_get(f._proto, obj, f._index, f.offset, f._getfunc)


def _field_set(f, obj, value):
    if f._bits:
        return _set_bits(f, obj, value)
    _set_item(obj, f._proto, f._setfunc, value, f._index, f.offset, _stg(f._proto).size)


def _bit_params(f):
    stg = _stg(f._proto)
    return stg, stg.size, (stg.code in _INT_CODES and _INT_CODES[stg.code][1]) or stg.code in "cu"


def _get_bits(f, obj):
    stg, size, signed = _bit_params(f)
    v = _read_int(_raw(obj), f.offset, size, False, stg.big)
    v = (v >> f._bitofs) & ((1 << f._bits) - 1)
    if signed and stg.code not in "cu?":
        v = _to_signed(v, f._bits)
    if stg.code == "?":
        return bool(v)
    if stg.code == "c":
        return bytes([v])
    if stg.code == "u":
        return chr(v)
    return v


def _set_bits(f, obj, value):
    stg, size, signed = _bit_params(f)
    if stg.code == "c":
        if isinstance(value, (bytes, bytearray)) and len(value) == 1:
            value = value[0]
        elif not isinstance(value, int):
            raise TypeError("one character bytes, bytearray or integer expected")
    elif stg.code == "u":
        if not isinstance(value, str) or len(value) != 1:
            raise TypeError("one character unicode string expected")
        value = ord(value)
    elif stg.code == "?":
        value = 1 if value else 0
    else:
        value = _int_arg(value)
    mv = _raw(obj)
    old = _read_int(mv, f.offset, size, False, stg.big)
    mask = ((1 << f._bits) - 1) << f._bitofs
    new = (old & ~mask) | ((value << f._bitofs) & mask)
    _write_int(mv, f.offset, size, new, stg.big)


def _new_field(proto, index, offset, size, bits=0, bitofs=0):
    getfunc = setfunc = None
    ps = _stg(proto)
    if ps.kind == "array":
        item = _stg(ps.proto)
        if item.kind == "simple" and item.code == "c":
            getfunc, setfunc = _s_get(ps.size), _s_set(ps.size)
        elif item.kind == "simple" and item.code == "u":
            getfunc, setfunc = _U_get(ps.size), _U_set(ps.size)
    code = ""
    if ps.kind == "simple" and not _simple_instance(proto):
        code = ps.code
    return _new_field_go(proto, index, offset, size, bits, bitofs, code, ps.big, getfunc, setfunc)


def _s_get(size):
    def get(mv, off):
        return _cstring(mv, off, size)
    return get


def _s_set(size):
    def set(mv, off, value):
        if not isinstance(value, bytes):
            raise TypeError("expected bytes, %s found" % type(value).__name__)
        if b"\0" in value:
            value = value[:value.index(b"\0")]
        if len(value) > size:
            raise ValueError("bytes too long (%d, maximum length %d)" % (len(value), size))
        data = value + b"\0" if len(value) < size else value
        mv[off:off + len(data)] = data
    return set


def _U_get(size):
    def get(mv, off):
        return _wstring(mv, off, size // 4)
    return get


def _U_set(size):
    def set(mv, off, value):
        if not isinstance(value, str):
            raise TypeError("unicode string expected instead of %s instance" % type(value).__name__)
        n = size // 4
        if len(value) > n:
            raise ValueError("string too long (%d, maximum length %d)" % (len(value), n))
        data = _wencode(value)
        if len(value) < n:
            data += bytes(4)
        mv[off:off + len(data)] = data
    return set


_BITFIELD_CODES = "bBhHiIlLqQ?cu"


def _update_fields(cls, fields, is_struct):
    """PyCStructUnionType_update_stgdict: lay out _fields_."""
    stg = _own_stg(cls)
    if stg is None:
        stg = _Stg("struct" if is_struct else "union")
        _set_stg(cls, stg)
    if stg.final:
        raise AttributeError("_fields_ is final")
    if isinstance(fields, (str, bytes)) or not hasattr(fields, "__len__"):
        raise TypeError("_fields_ must be a sequence of pairs")
    fields = list(fields)
    pack = 0
    if "_pack_" in cls.__dict__ or hasattr(cls, "_pack_"):
        pack = cls._pack_
        if not isinstance(pack, int) or isinstance(pack, bool) or pack < 0:
            raise ValueError("_pack_ must be a non-negative integer")
    isPacked = bool(getattr(cls, "_pack_", 0)) or "_pack_" in cls.__dict__
    big = hasattr(cls, "_swappedbytes_") != (_sys.byteorder == "big")
    basestg = _stg(cls.__base__)
    if basestg is not None and basestg.kind in ("struct", "union"):
        size = offset = basestg.size
        align = basestg.align
        total_align = align or 1
        basestg.final = True
        base_len = basestg.length
    else:
        size = offset = 0
        align = 0
        total_align = 1
        base_len = 0
    fmt = ["T{"] if is_struct and not isPacked else None
    field_size = 0
    bitofs = 0
    union_size = 0
    haspointer = False
    for i, pair in enumerate(fields):
        if not isinstance(pair, tuple) or len(pair) not in (2, 3) or not isinstance(pair[0], str):
            raise TypeError("'_fields_' must be a sequence of (name, C type) pairs")
        name, desc = pair[0], pair[1]
        dstg = _stg(desc)
        if dstg is None:
            raise TypeError("second item in _fields_ tuple (index %d) must be a C type" % i)
        if dstg.kind == "pointer" or dstg.haspointer:
            haspointer = True
        dstg.final = True
        if len(pair) == 3:
            bitsize = pair[2]
            if not isinstance(bitsize, int):
                raise TypeError("'_fields_' must be a sequence of (name, C type) pairs")
            if not (dstg.kind == "simple" and dstg.code in _BITFIELD_CODES):
                raise TypeError("bit fields not allowed for type %s" % desc.__name__)
            if bitsize <= 0 or bitsize > dstg.size * 8:
                raise ValueError("number of bits invalid for bit field")
        else:
            bitsize = 0
        if fmt is not None:
            ff = dstg.format or "B"
            if dstg.shape and dstg.kind == "array":
                ff = "(%s)%s" % (",".join(str(d) for d in dstg.shape), ff)
            fmt.append("%s:%s:" % (ff, name))
        if not is_struct:
            size = offset = 0
            align = 0
        fsize = dstg.size
        # PyCField_FromDesc (GCC's bit field layout)
        if bitsize and field_size and dstg.size * 8 <= field_size and bitofs + bitsize <= field_size:
            kind = "cont"
        elif bitsize and field_size and dstg.size * 8 >= field_size and bitofs + bitsize <= dstg.size * 8:
            kind = "expand"
        elif bitsize:
            kind = "new"
            bitofs = 0
            field_size = dstg.size * 8
        else:
            kind = "none"
            bitofs = 0
            field_size = 0
        if kind in ("new", "none"):
            if kind == "new":
                fbits, fofs = bitsize, (field_size - bitofs - bitsize if big else bitofs)
                bitofs = bitsize
            align = min(pack, dstg.align) if pack else dstg.align
            if align and offset % align:
                delta = align - offset % align
                size += delta
                offset += delta
            foffset = offset
            offset += fsize
            size += fsize
            if kind == "none":
                f = _new_field(desc, i, foffset, fsize)
            else:
                f = _new_field(desc, i, foffset, (fbits << 16) + fofs, fbits, fofs)
        else:
            if kind == "expand":
                offset += dstg.size - field_size // 8
                size += dstg.size - field_size // 8
                field_size = dstg.size * 8
            fofs = field_size - bitofs - bitsize if big else bitofs
            f = _new_field(desc, i, offset - fsize, (bitsize << 16) + fofs, bitsize, fofs)
            bitofs += bitsize
        if not is_struct:
            union_size = max(size, union_size)
        total_align = max(align, total_align)
        type.__setattr__(cls, name, f)
    if fmt is not None:
        fmt.append("}")
        stg.format = "".join(fmt)
    else:
        stg.format = "B"
    stg.packed = isPacked
    if not is_struct:
        size = union_size
    size = (size + total_align - 1) // total_align * total_align
    stg.size = size
    stg.align = total_align
    stg.length = len(fields)
    stg.haspointer = stg.haspointer or haspointer
    stg.fields = fields
    stg.shape = ()
    # the check CPython makes last: a field of the class's own type marked
    # it final above
    if stg.final:
        raise AttributeError("Structure or union cannot contain itself")
    stg.final = True
    _make_anon_fields(cls)


def _make_anon_fields(cls):
    anon = getattr(cls, "_anonymous_", None)
    if anon is None:
        return
    if isinstance(anon, (str, bytes)) or not hasattr(anon, "__iter__"):
        raise TypeError("_anonymous_ must be a sequence")
    for fname in anon:
        descr = getattr(cls, fname)
        if not isinstance(descr, CField):
            raise AttributeError("'%s' is specified in _anonymous_ but not in _fields_" % fname)
        descr._anon = True
        _make_fields(cls, descr, descr._index, descr.offset)


def _make_fields(cls, descr, index, offset):
    fields = _stg(descr._proto).fields or []
    for pair in fields:
        fname = pair[0]
        fd = descr._proto.__dict__.get(fname)
        if not isinstance(fd, CField):
            continue
        if fd._anon:
            _make_fields(cls, fd, index + fd._index, offset + fd.offset)
            continue
        type.__setattr__(cls, fname, _move_field(fd, index, offset))


class _StructUnionMeta(type):
    _is_struct = True

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        if _defining_bases or "_abstract_" in ns:
            return cls
        stg = _Stg("struct" if mcls._is_struct_kind() else "union")
        if "_fields_" in ns:
            _set_stg(cls, stg)
            cls._fields_ = ns["_fields_"]
        else:
            basestg = _stg(cls.__base__)
            if basestg is not None:
                stg = basestg.copy()
                basestg.final = True
            _set_stg(cls, stg)
        return cls

    def __setattr__(cls, name, value):
        # CPython stores the attribute before it checks it (so a refused
        # _fields_ stays replaced); the order is kept for the same results.
        if name == "_fields_" and _own_stg(cls) is None:
            raise TypeError("ctypes state is not initialized")
        type.__setattr__(cls, name, value)
        if name == "_fields_":
            _forget_init_names(cls)
        if name == "_fields_":
            _update_fields(cls, value, type(cls)._is_struct_kind())


class PyCStructType(_StructUnionMeta):
    @classmethod
    def _is_struct_kind(mcls):
        return True


class UnionType(_StructUnionMeta):
    @classmethod
    def _is_struct_kind(mcls):
        return False


for _m in (PyCStructType, UnionType):
    _meta(_m)
    _m.from_param = _generic_from_param


def _forget_init_names(cls):
    """Drop the cached positional names of cls and its subclasses (their
    _fields_ lists are read again, as CPython reads them on every call)."""
    stg = _own_stg(cls)
    if stg is not None:
        stg.init_names = None
    _register_init_names(cls, None)
    for sub in type.__subclasses__(cls):
        _forget_init_names(sub)


def _init_names(tp, out):
    """The field names positional arguments initialise, in order (CPython's
    _init_pos_args: base classes first, each class's own _fields_ up to its
    length); a field list shorter than its length gives None entries, which
    fail as CPython's out-of-range lookup does."""
    base = tp.__base__
    if _stg(base) is not None and isinstance(base, _StructUnionMeta):
        _init_names(base, out)
    fields = tp.__dict__.get("_fields_")
    if fields is None:
        return out
    for i in range(_stg(tp).length):
        out.append(fields[i][0] if i < len(fields) else None)
    return out


def _struct_init(self, *args, **kwds):
    if args:
        stg = type(self)._stg_
        names = stg.init_names
        if names is None:
            names = stg.init_names = _init_names(type(self), [])
            _register_init_names(type(self), names)
        for name, value in zip(names, args):
            if name is None:
                raise IndexError("list index out of range")
            if kwds and name in kwds:
                raise TypeError("duplicate values for field %r" % name)
            setattr(self, name, value)
        if len(names) < len(args):
            raise TypeError("too many initializers")
    for k, v in kwds.items():
        setattr(self, k, v)


class Structure(_CData, metaclass=PyCStructType):
    """Structure base class"""
    __slots__ = ()
    __init__ = _struct_init_go
    __hash__ = _unhashable
    __reduce__ = _cdata_reduce
    __setstate__ = _cdata_setstate
    __ctypes_from_outparam__ = _from_outparam


class Union(_CData, metaclass=UnionType):
    """Union base class"""
    __slots__ = ()
    __init__ = _struct_init_go
    __hash__ = _unhashable
    __reduce__ = _cdata_reduce
    __setstate__ = _cdata_setstate
    __ctypes_from_outparam__ = _from_outparam


# ---------------------------------------------------------------- arrays

class PyCArrayType(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        if _defining_bases:
            return cls
        try:
            length = cls._length_
        except AttributeError:
            raise AttributeError("class must define a '_length_' attribute") from None
        if not isinstance(length, int):
            raise TypeError("The '_length_' attribute must be an integer")
        if length < 0:
            raise ValueError("The '_length_' attribute must not be negative")
        if length >= 1 << 63:
            raise OverflowError("The '_length_' attribute is too large")
        try:
            proto = cls._type_
        except AttributeError:
            raise AttributeError("class must define a '_type_' attribute") from None
        istg = _stg(proto)
        if istg is None or istg.size is None:
            raise TypeError("_type_ must have storage info")
        if istg.size and length > (1 << 62) // istg.size:
            raise OverflowError("array too large")
        stg = _Stg("array", istg.size * length, istg.align)
        stg.length = length
        stg.proto = proto
        stg.format = istg.format or "B"
        stg.shape = (length,) + tuple(istg.shape)
        stg.haspointer = istg.haspointer or istg.kind == "pointer"
        _set_stg(cls, stg)
        istg.final = True
        fast = istg.kind == "simple" and not _simple_instance(proto)
        _register_array(cls, length, istg.size, istg.code if fast else "", istg.big)
        if istg.kind == "simple" and istg.code == "c":
            type.__setattr__(cls, "value", _Attr(_char_array_value, _char_array_set_value))
            type.__setattr__(cls, "raw", property(_char_array_raw, _char_array_set_raw))
        elif istg.kind == "simple" and istg.code == "u":
            type.__setattr__(cls, "value", _Attr(_wchar_array_value, _wchar_array_set_value))
        return cls


_meta(PyCArrayType)
PyCArrayType.from_param = _generic_from_param


def _char_array_value(self):
    return _cstring(_raw(self))


def _char_array_set_value(self, value):
    if not isinstance(value, bytes):
        raise TypeError("bytes expected instead of %s instance" % type(value).__name__)
    raw = _raw(self)
    if len(value) > len(raw):
        raise ValueError("byte string too long")
    raw[:len(value)] = value
    if len(value) < len(raw):
        raw[len(value)] = 0


def _char_array_raw(self):
    return bytes(_raw(self))


def _char_array_set_raw(self, value):
    mv = memoryview(value)
    raw = _raw(self)
    if mv.nbytes > len(raw):
        raise ValueError("byte string too long")
    raw[:mv.nbytes] = mv.tobytes()


def _wchar_array_value(self):
    return _wstring(_raw(self))


def _wchar_array_set_value(self, value):
    if not isinstance(value, str):
        raise TypeError("unicode string expected instead of %s instance" % type(value).__name__)
    n = self._length_
    if len(value) > n:
        raise ValueError("string too long")
    data = _wencode(value)
    if len(value) < n:
        data += bytes(4)
    _raw(self)[:len(data)] = data


def _array_type(itemtype, length):
    key = (itemtype, length)
    try:
        return _array_type_cache[key]
    except (KeyError, TypeError):
        pass
    if not isinstance(itemtype, type):
        raise TypeError("Expected a type object")
    name = "%s_Array_%d" % (itemtype.__name__, length)
    tp = PyCArrayType(name, (Array,), {"_length_": length, "_type_": itemtype,
                                         "__module__": _caller_module()})
    _array_type_cache[key] = tp
    return tp


def _item_get(self, stg, istg, i):
    return _cdata_get(stg.proto, self, i, i * istg.size)


def _array_slice_result(istg, items):
    if istg.kind == "simple" and istg.code == "c":
        return b"".join(items)
    if istg.kind == "simple" and istg.code == "u":
        return "".join(items)
    return items


class Array(_CData, metaclass=PyCArrayType):
    """XXX to be provided"""
    __slots__ = ()
    __hash__ = _unhashable
    __reduce__ = _cdata_reduce
    __setstate__ = _cdata_setstate
    __ctypes_from_outparam__ = _from_outparam

    def __init__(self, *args, **kw):
        for i, v in enumerate(args):
            self[i] = v

    __len__ = _array_len
    __getitem__ = _array_getitem
    __setitem__ = _array_setitem

    def _getitem(self, index):
        stg = _stg(type(self))
        istg = _stg(stg.proto)
        n = stg.length
        if isinstance(index, slice):
            start, stop, step = index.indices(n)
            items = [_item_get(self, stg, istg, i) for i in range(start, stop, step)]
            return _array_slice_result(istg, items)
        if not hasattr(type(index), "__index__"):
            raise TypeError("indices must be integers")
        i = index.__index__()
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("invalid index")
        return _item_get(self, stg, istg, i)

    def _setitem(self, index, value):
        stg = _stg(type(self))
        istg = _stg(stg.proto)
        n = stg.length
        if isinstance(index, slice):
            start, stop, step = index.indices(n)
            idx = range(start, stop, step)
            if len(value) != len(idx):
                raise ValueError("Can only assign sequence of same size")
            for i, v in zip(idx, value):
                _set_item(self, stg.proto, None, v, i, i * istg.size, istg.size)
            return
        if not hasattr(type(index), "__index__"):
            raise TypeError("indices must be integers")
        i = index.__index__()
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("invalid index")
        _set_item(self, stg.proto, None, value, i, i * istg.size, istg.size)

    def __delitem__(self, index):
        raise TypeError("Array does not support item deletion")

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


# ---------------------------------------------------------------- pointers

class PyCPointerType(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        if _defining_bases:
            return cls
        stg = _Stg("pointer", 8, 8)
        stg.length = 1
        stg.format = "&B"
        _set_stg(cls, stg)
        proto = ns.get("_type_")
        if proto is not None:
            _set_pointer_proto(cls, proto)
        return cls

    def set_type(cls, type_):
        _set_pointer_proto(cls, type_)
        type.__setattr__(cls, "_type_", type_)

    def from_param(cls, value):
        if value is None:
            return None
        if isinstance(value, cls):
            return value
        if _stg(cls) is None:
            raise TypeError("abstract class")
        proto = _stg(cls).proto
        if isinstance(value, CArgObject) and isinstance(value._obj, proto):
            return value
        if isinstance(value, proto):
            return byref(value)
        if isinstance(value, (_Pointer, Array)):
            vstg = _stg(type(value))
            if vstg.proto is not None and issubclass(vstg.proto, proto):
                return value
        return _generic_from_param(cls, value)


def _set_pointer_proto(cls, proto):
    ps = _stg(proto)
    if not isinstance(proto, type) or ps is None:
        raise TypeError("_type_ must have storage info")
    stg = _own_stg(cls)
    stg.proto = proto
    if ps.shape and ps.kind == "array":
        stg.format = "&(%s)%s" % (",".join(str(d) for d in ps.shape), ps.format)
    else:
        stg.format = "&" + (ps.format or "B")


_meta(PyCPointerType)


def _ptr_addr(self):
    return _read_int(_raw(self), 0, 8, False, False)


def _ptr_proto(self):
    proto = _stg(type(self)).proto
    if proto is None:
        raise TypeError("Cannot create instance: has no _type_")
    return proto


def _ptr_contents(self):
    a = _ptr_addr(self)
    if not a:
        raise ValueError("NULL pointer access")
    proto = _ptr_proto(self)
    obj = _bare(proto)
    _at(obj, a, _stg(proto).size, self)
    return obj


def _ptr_set_contents(self, value):
    if value is None:
        raise TypeError("Pointer does not support item deletion")
    _ptr_proto(self)
    if not isinstance(value, _CData):
        raise TypeError("expected ctypes instance")
    _write_int(_raw(self), 0, 8, _addr(value), False)
    _keepref(self, 1, value)
    _keepref(self, 0, _keeped(value))


def _ptr_item(self, i):
    a = _ptr_addr(self)
    if not a:
        raise ValueError("NULL pointer access")
    proto = _ptr_proto(self)
    istg = _stg(proto)
    obj = _bare(_RawBuffer)
    _at(obj, a + i * istg.size, istg.size, None)
    if istg.getfunc is not None and not _simple_instance(proto):
        return istg.getfunc(_raw(obj), 0)
    res = _bare(proto)
    _at(res, a + i * istg.size, istg.size, self)
    return res


class _Pointer(_CData, metaclass=PyCPointerType):
    """XXX to be provided"""
    __slots__ = ()
    __hash__ = _unhashable
    __reduce__ = _cdata_reduce
    __setstate__ = _cdata_setstate
    __ctypes_from_outparam__ = _from_outparam

    def __new__(cls, *args, **kw):
        stg = _stg(cls)
        if stg is None or stg.proto is None:
            raise TypeError("Cannot create instance: has no _type_")
        return _generic_new(cls)

    def __init__(self, *args):
        if len(args) > 1:
            raise TypeError("__init__ expected at most 1 argument, got %d" % len(args))
        if args:
            _ptr_set_contents(self, args[0])

    contents = property(_ptr_contents, _ptr_set_contents, doc="the object this pointer points to (read-write)")

    def __bool__(self):
        return _ptr_addr(self) != 0

    def __getitem__(self, index):
        proto = _ptr_proto(self)
        if isinstance(index, slice):
            step = 1 if index.step is None else index.step
            if step == 0:
                raise ValueError("slice step cannot be zero")
            if index.start is None:
                if step < 0:
                    raise ValueError("slice start is required for step < 0")
                start = 0
            else:
                start = index.start.__index__()
            if index.stop is None:
                raise ValueError("slice stop is required")
            stop = index.stop.__index__()
            if (step > 0 and start > stop) or (step < 0 and start < stop):
                rng = range(0)
            else:
                rng = range(start, stop, step)
            items = [_ptr_item(self, i) for i in rng]
            return _array_slice_result(_stg(proto), items)
        if not hasattr(type(index), "__index__"):
            raise TypeError("Pointer indices must be integer")
        return _ptr_item(self, index.__index__())

    def __setitem__(self, index, value):
        if not hasattr(type(index), "__index__"):
            raise TypeError("Pointer indices must be integer")
        i = index.__index__()
        a = _ptr_addr(self)
        if not a:
            raise ValueError("NULL pointer access")
        proto = _ptr_proto(self)
        istg = _stg(proto)
        target = _bare(_RawBuffer)
        _at(target, a + i * istg.size, istg.size, None)
        keep = _cdata_set(target, proto, None, value, i, 0, istg.size)
        _keepref(self, i, keep)

    def __delitem__(self, index):
        raise TypeError("Pointer does not support item deletion")


def POINTER(cls):
    """Create and return a new ctypes pointer type."""
    try:
        return _pointer_type_cache[cls]
    except KeyError:
        pass
    except TypeError:
        raise TypeError("must be a ctypes type") from None
    if isinstance(cls, str):
        tp = PyCPointerType("LP_%s" % cls, (_Pointer,), {"__module__": _caller_module()})
        _pointer_type_cache[id(tp)] = tp
        return tp
    if isinstance(cls, type):
        tp = PyCPointerType("LP_%s" % cls.__name__, (_Pointer,),
                            {"_type_": cls, "__module__": _caller_module()})
        _pointer_type_cache[cls] = tp
        return tp
    raise TypeError("must be a ctypes type")


def pointer(obj):
    """Create a new pointer instance, pointing to 'obj'."""
    return POINTER(type(obj))(obj)


# ---------------------------------------------------------------- byref, sizeof, ...

class CArgObject:
    __slots__ = ("_tag", "_value", "_obj", "_buf")

    def __init__(self, tag, value, obj):
        self._tag, self._value, self._obj, self._buf = tag, value, obj, None

    def __repr__(self):
        t = self._tag
        if t in "PzZ":
            return "<cparam '%s' (%#x)>" % (t, self._value or 0)
        if t in "bBhHiIlLqQ":
            return "<cparam '%s' (%d)>" % (t, self._value)
        if t in "fd":
            return "<cparam '%s' (%r)>" % (t, self._value)
        if t == "c":
            c = self._value[0]
            return "<cparam 'c' ('%s')>" % (chr(c) if 32 <= c < 127 else "\\x%02x" % c)
        return "<cparam '%s' at %#x>" % (t, id(self))

    _obj_ = property(lambda self: self._obj)


CArgObject.__module__ = "builtins"
CArgObject.__qualname__ = CArgObject.__name__ = "CArgObject"


def byref(obj, offset=0):
    """byref(C instance[, offset=0]) -> byref-object
Return a pointer lookalike to a C instance, only usable
as function argument"""
    if not isinstance(obj, _CData):
        raise TypeError("byref() argument must be a ctypes instance, not '%s'" % type(obj).__name__)
    return CArgObject("P", _addr(obj) + offset, obj)


def addressof(obj):
    """addressof(C instance) -> integer
Return the address of the C instance internal buffer"""
    if not isinstance(obj, _CData):
        raise TypeError("invalid type")
    _sys.audit("ctypes.addressof", obj)
    return _addr(obj)


def sizeof(obj):
    """sizeof(C type) -> integer
sizeof(C instance) -> integer
Return the size in bytes of a C instance"""
    if isinstance(obj, _CData):
        return len(_raw(obj))
    stg = _stg(obj)
    if stg is None:
        raise TypeError("this type has no size")
    return stg.size


def alignment(obj):
    """alignment(C type) -> integer
alignment(C instance) -> integer
Return the alignment requirements of a C instance"""
    stg = _stg(obj) or (_stg(type(obj)) if isinstance(obj, _CData) else None)
    if stg is None:
        raise TypeError("no alignment info")
    return stg.align


def resize(obj, size):
    """Resize the memory buffer of a ctypes instance"""
    if not isinstance(obj, _CData):
        raise TypeError("expected ctypes instance")
    stg = _stg(type(obj))
    if size < stg.size:
        raise ValueError("minimum size is %d" % stg.size)
    if not obj._b_needsfree_:
        raise ValueError("Memory cannot be resized because this object doesn't own it")
    _resize(obj, size)


# ---------------------------------------------------------------- functions

def _c_void_p_from_param(cls, value):
    if value is None:
        return None
    if isinstance(value, int):
        return CArgObject("P", value, value)
    if isinstance(value, bytes):
        return _c_char_p_from_param(None, value)
    if isinstance(value, str):
        return _c_wchar_p_from_param(None, value)
    if isinstance(value, cls):
        return value
    if isinstance(value, (Array, _Pointer)):
        return value
    if isinstance(value, CArgObject) and value._tag == "P":
        return value
    if isinstance(value, CFuncPtr):
        return CArgObject("P", _read_int(_raw(value), 0, 8, False, False), value)
    if isinstance(value, _SimpleCData) and _stg(type(value)).code in "zZ":
        return CArgObject("P", _read_int(_raw(value), 0, 8, False, False), value)
    p = getattr(value, "_as_parameter_", None)
    if p is not None:
        return cls.from_param(p)
    raise TypeError("wrong type")


def _c_char_p_from_param(cls, value):
    if value is None:
        return None
    if isinstance(value, bytes):
        buf = _keep_buffer(value + b"\0")
        a = CArgObject("z", _addr(buf), value)
        a._buf = buf
        return a
    if cls is not None and isinstance(value, cls):
        return value
    if isinstance(value, (Array, _Pointer)) and _stg(_stg(type(value)).proto).code == "c":
        return value
    if isinstance(value, CArgObject) and value._tag == "P" and isinstance(value._obj, _SimpleCData) \
            and _stg(type(value._obj)).code == "c":
        return value
    p = getattr(value, "_as_parameter_", None)
    if p is not None and cls is not None:
        return cls.from_param(p)
    raise TypeError("wrong type")


def _c_wchar_p_from_param(cls, value):
    if value is None:
        return None
    if isinstance(value, str):
        buf = _keep_buffer(_wencode(value) + bytes(4))
        a = CArgObject("Z", _addr(buf), value)
        a._buf = buf
        return a
    if cls is not None and isinstance(value, cls):
        return value
    if isinstance(value, (Array, _Pointer)) and _stg(_stg(type(value)).proto).code == "u":
        return value
    p = getattr(value, "_as_parameter_", None)
    if p is not None and cls is not None:
        return cls.from_param(p)
    raise TypeError("wrong type")


def _arg_value(conv):
    """The C-level value of a converted argument: an int address, a
    number or a Python object."""
    if conv is None:
        return None
    if isinstance(conv, CArgObject):
        return conv._value
    if isinstance(conv, _SimpleCData):
        code = _stg(type(conv)).code
        if code in "zZP":
            return _read_int(_raw(conv), 0, 8, False, False)
        if code == "O":
            return conv.value
        return conv.value
    if isinstance(conv, (_Pointer, CFuncPtr)):
        return _read_int(_raw(conv), 0, 8, False, False)
    if isinstance(conv, _CData):
        return _addr(conv)
    return conv


def _convert_args(argtypes, args):
    out = []
    for i, a in enumerate(args):
        try:
            if argtypes is not None and i < len(argtypes):
                conv = argtypes[i].from_param(a)
            else:
                conv = _default_conv(a)
            out.append(_arg_value(conv))
        except Exception as e:
            raise ArgumentError("argument %d: %s: %s" % (i + 1, type(e).__name__, e)) from None
    return out


def _default_conv(a):
    if a is None or isinstance(a, (int, _CData, CArgObject)):
        return a
    if isinstance(a, bytes):
        return _c_char_p_from_param(None, a)
    if isinstance(a, str):
        return _c_wchar_p_from_param(None, a)
    p = getattr(a, "_as_parameter_", None)
    if p is not None:
        return _default_conv(p)
    raise TypeError("Don't know how to convert parameter %d" % 1)


def _convert_result(restype, value):
    if restype is None:
        return None
    stg = _stg(restype)
    if stg is None:
        return restype(value) if callable(restype) else value
    if stg.kind == "simple":
        if stg.code == "O":
            return value
        obj = restype()
        if value is not None:
            if stg.code in "zZP":
                _write_int(_raw(obj), 0, 8, value, False)
            else:
                _simple_value_set(obj, value)
        if _simple_instance(restype):
            return obj.__ctypes_from_outparam__()
        return obj.value
    if stg.kind == "pointer":
        obj = restype()
        _write_int(_raw(obj), 0, 8, value or 0, False)
        return obj
    return value


def _do_memmove(dst, src, n):
    if n:
        _mem(dst, n)[:] = _mem(src, n).tobytes()
    return dst


def _do_memset(dst, c, n):
    if n:
        _mem(dst, n)[:] = bytes([c & 0xFF]) * n
    return dst


def _do_string_at(addr, size):
    _sys.audit("ctypes.string_at", addr, size)
    if size < 0:
        return _cstring(_mem(addr, -1))
    return _mem(addr, size).tobytes() if size else b""


def _do_wstring_at(addr, size):
    _sys.audit("ctypes.wstring_at", addr, size)
    if size < 0:
        return _wstring(_mem(addr, -1))
    data = _mem(addr, 4 * size)
    return "".join(chr(int.from_bytes(data[i:i + 4], "little")) for i in range(0, 4 * size, 4))


def _do_cast(ptr, src, ctype):
    if not (isinstance(ctype, (PyCPointerType, PyCFuncPtrType)) or
            (isinstance(ctype, PyCSimpleType) and _stg(ctype).code in "sPzUZXO")):
        raise TypeError("cast() argument 2 must be a pointer type, not %s"
                        % (ctype.__name__ if isinstance(ctype, type) else type(ctype).__name__))
    result = ctype()
    if isinstance(src, _CData):
        root, objs = _keep_container(src)
        if objs is None:
            objs = {}
            _set_objects(root, objs)
        if isinstance(objs, dict):
            objs[id(src)] = src
        _set_objects(result, objs)
    _write_int(_raw(result), 0, 8, ptr or 0, False)
    return result


_BUILTINS = {_memmove_addr: _do_memmove, _memset_addr: _do_memset,
             _string_at_addr: _do_string_at, _wstring_at_addr: _do_wstring_at,
             _cast_addr: _do_cast}

# The few C-API functions of the running interpreter (pythonapi, CDLL(None))
# that mean something in Krait; every other symbol is undefined.
_PYTHONAPI_ADDRS = {"PyGILState_Ensure": 0x1101, "PyGILState_Release": 0x1102}
_BUILTINS[0x1101] = lambda: 1
_BUILTINS[0x1102] = lambda state=None: None


class PyCFuncPtrType(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        if _defining_bases:
            return cls
        stg = _Stg("func", 8, 8)
        stg.length = 1
        stg.format = "X{}"
        stg.haspointer = True
        _set_stg(cls, stg)
        if "_argtypes_" in ns:
            if len(ns["_argtypes_"]) > CTYPES_MAX_ARGCOUNT:
                raise ArgumentError("_argtypes_ has too many arguments (%d), maximum is %d"
                                    % (len(ns["_argtypes_"]), CTYPES_MAX_ARGCOUNT))
            for t in ns["_argtypes_"]:
                if not hasattr(t, "from_param"):
                    raise TypeError("item %d in _argtypes_ has no from_param method"
                                    % (list(ns["_argtypes_"]).index(t) + 1))
        if "_restype_" in ns:
            r = ns["_restype_"]
            if r is not None and _stg(r) is None and not callable(r):
                raise TypeError("_restype_ must be a type, a callable, or None")
        if "_flags_" not in ns and not hasattr(cls, "_flags_"):
            raise TypeError("class must define _flags_ which must be an integer")
        return cls


_meta(PyCFuncPtrType)
PyCFuncPtrType.from_param = _generic_from_param


def _fp_attr(name, cname):
    def get(self):
        d = self.__dict__
        if name in d:
            return d[name]
        return getattr(type(self), cname, None)

    def set(self, value):
        if name == "_argtypes" and value is not None:
            value = tuple(value)
            for i, t in enumerate(value):
                if not hasattr(t, "from_param"):
                    raise TypeError("item %d in _argtypes_ has no from_param method" % (i + 1))
        if name == "_restype" and value is not None and _stg(value) is None and not callable(value):
            raise TypeError("restype must be a type, a callable, or None")
        object.__getattribute__(self, "__dict__")[name] = value

    def delete(self):
        if name in ("_argtypes", "_errcheck"):
            self.__dict__.pop(name, None)
            return
        raise AttributeError("restype cannot be deleted")
    return property(get, set, delete)


class CFuncPtr(_CData, metaclass=PyCFuncPtrType):
    """Function Pointer"""
    __hash__ = _unhashable

    def __new__(cls, *args, **kw):
        if _stg(cls) is None:
            raise TypeError("abstract class")
        self = _generic_new(cls)
        if not args:
            return self
        if len(args) == 1 and isinstance(args[0], int):
            _write_int(_raw(self), 0, 8, args[0], False)
            return self
        if len(args) >= 1 and isinstance(args[0], tuple):
            name, dll = args[0][0], args[0][1]
            addr = _PYTHONAPI_ADDRS.get(name)
            if addr is not None and getattr(dll, "_handle", None) == _handles.get(None):
                _write_int(_raw(self), 0, 8, addr, False)
                return self
            dllname = getattr(dll, "_name", None)
            if dllname is None:
                dllname = _sys.executable
            raise AttributeError("%s: undefined symbol: %s" % (dllname, name))
        if len(args) == 1 and callable(args[0]):
            rt = getattr(cls, "_restype_", None)
            if rt is not None and (_stg(rt) is None or _stg(rt).setfunc is None):
                raise TypeError("invalid result type for callback function")
            object.__getattribute__(self, "__dict__")["_callable"] = args[0]
            _write_int(_raw(self), 0, 8, _addr(self), False)
            _keepref(self, 0, args[0])
            return self
        raise TypeError("argument must be callable or integer function address")

    def __init__(self, *args, **kw):
        pass

    argtypes = _fp_attr("_argtypes", "_argtypes_")
    restype = _fp_attr("_restype", "_restype_")
    errcheck = _fp_attr("_errcheck", "_errcheck_")

    def __bool__(self):
        return _read_int(_raw(self), 0, 8, False, False) != 0

    def __repr__(self):
        return "<%s object at %#x>" % (type(self).__name__, id(self))

    def __call__(self, *args, **kw):
        argtypes = self.argtypes
        restype = self.restype
        if len(args) > CTYPES_MAX_ARGCOUNT:
            raise ArgumentError("too many arguments (%d), maximum is %d" % (len(args), CTYPES_MAX_ARGCOUNT))
        if argtypes is not None and len(args) < len(argtypes):
            raise TypeError("this function takes at least %d argument%s (%d given)"
                            % (len(argtypes), "" if len(argtypes) == 1 else "s", len(args)))
        addr = _read_int(_raw(self), 0, 8, False, False)
        fn = self.__dict__.get("_callable")
        if fn is not None:
            vals = _convert_args(argtypes, args)
            if argtypes is not None:
                vals = [_convert_result(t, v) if _stg(t) is not None and _stg(t).kind == "simple"
                        else v for t, v in zip(argtypes, vals)]
            res = None if restype is None or _stg(restype).code == "O" else _callback_result(restype, 0)
            try:
                result = fn(*vals)
            except BaseException as e:
                _write_unraisable(e, fn, "on calling ctypes callback function")
            else:
                try:
                    res = _callback_result(restype, result)
                except BaseException as e:
                    _write_unraisable(e, fn, "on converting result of ctypes callback function")
        elif addr in _BUILTINS:
            vals = _convert_args(argtypes, args)
            res = _convert_result(restype, _BUILTINS[addr](*vals))
        elif not addr:
            raise ValueError("NULL pointer access")
        else:
            raise OSError("ctypes: Krait cannot call foreign functions (address %#x)" % addr)
        check = self.errcheck
        if check is not None:
            return check(res, self, args)
        return res


def _callback_result(restype, result):
    if restype is None:
        return None
    stg = _stg(restype)
    if stg is not None and stg.kind == "simple":
        obj = restype()
        if stg.code != "O":
            _simple_value_set(obj, result)
            return obj.value
        return result
    return result


# ---------------------------------------------------------------- libraries

_handles = {}


def dlopen(name=None, mode=RTLD_LOCAL):
    """dlopen(name, flag={RTLD_GLOBAL|RTLD_LOCAL}) open a shared library"""
    if name is None:
        _handles.setdefault(None, 0x7ffff000)
        return _handles[None]
    _sys.audit("ctypes.dlopen", name)
    if not _library_exists(name):
        raise OSError("%s: cannot open shared object file: No such file or directory" % name)
    raise OSError("%s: cannot load shared library: Krait's ctypes cannot run C code "
                  "(foreign calls are not supported)" % name)


def _library_exists(name):
    """Whether the dynamic loader would find name (dlopen's search, roughly)."""
    import os
    if "/" in name:
        return os.path.exists(name)
    dirs = [d for d in os.environ.get("LD_LIBRARY_PATH", "").split(":") if d]
    dirs += ["/lib", "/usr/lib", "/lib64", "/usr/lib64", "/usr/local/lib",
             "/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu"]
    return any(os.path.exists(os.path.join(d, name)) for d in dirs)


def dlclose(handle):
    """dlclose a library"""
    return None


def dlsym(handle, name):
    """find symbol in shared library"""
    _sys.audit("ctypes.dlsym/handle", handle, name)
    raise OSError("%s: undefined symbol: %s" % (_sys.executable, name))


def call_function(*args):
    raise OSError("ctypes: Krait cannot call foreign functions")


call_cdeclfunction = call_function


def PyObj_FromPtr(address):
    try:
        return _pyobjects[address]
    except KeyError:
        raise ValueError("ctypes: no Python object at %#x" % address) from None


def Py_INCREF(obj):
    return obj


def Py_DECREF(obj):
    return obj


_defining_bases = False
_set_hooks(_field_get, _field_set, _simple_value_get, _simple_value_set)
_set_new_hook(_generic_new)
_set_struct_init_hook(_struct_init)
_set_item_hooks(Array._getitem, Array._setitem)

for _name in ("PyCSimpleType", "PyCStructType", "UnionType", "PyCArrayType", "PyCPointerType",
              "PyCFuncPtrType", "_SimpleCData", "Structure", "Union", "Array",
              "_Pointer", "CFuncPtr"):
    globals()[_name].__module__ = "_ctypes"
del _name, _m
