# _SimpleCData and its metaclass PyCSimpleType.

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
