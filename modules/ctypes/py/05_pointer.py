# _Pointer, PyCPointerType, POINTER() and pointer().

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
