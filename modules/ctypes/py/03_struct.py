# Structure and Union: field descriptors (CField is Go) and the layout of _fields_.

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
