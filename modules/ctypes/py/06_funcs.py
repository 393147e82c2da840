# byref, sizeof, alignment, resize, CFuncPtr and the built-in helpers
# (memmove, memset, string_at, wstring_at, cast) it can call.

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
