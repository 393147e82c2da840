# Array and PyCArrayType; item access for numeric items is Go (access.go).

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
