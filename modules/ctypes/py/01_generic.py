# What all ctypes types share: instance creation, views, _objects keep-alive,
# value stores, and the metaclass methods (from_address, from_buffer, ...).

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
