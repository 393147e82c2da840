# dlopen and friends: libraries cannot be loaded; the module's last setup.

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
