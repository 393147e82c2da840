# Builtin types' namespaces are made on first use (startup13): what a
# program sees of them must be what it would see had they been made at
# start-up.
import os, time, sys, weakref, contextvars, types, collections.abc as cabc

# Lookups of names a type does not define walk past its unmade dict.
class E(RuntimeError):
    pass

e = E("x")
print(type(e).__mro__)
print(e.args, str(e), repr(e))
print("__init__" in RuntimeError.__dict__, "__init__" in BaseException.__dict__)
print("__new__" in RuntimeError.__dict__, "__str__" in BaseException.__dict__)
print(KeyError.__str__ is not BaseException.__str__, "__str__" in KeyError.__dict__)

# __doc__ of builtin types with and without a docstring.
for t in (type(iter([])), type(iter(range(3))), type(iter({})), int, object, type(None)):
    d = t.__doc__
    print(t.__name__, d is None, type(d).__name__, (d or "")[:30])
print(type(iter(b"")).__dict__["__doc__"])

# Struct sequences: the attributes their module sets.
for t in (os.stat_result, time.struct_time, sys.flags.__class__, os.terminal_size):
    print(t.__name__, t.n_fields, t.n_sequence_fields, t.n_unnamed_fields, t.__match_args__[:3])
    print(sorted(k for k in vars(t) if k.startswith("n_")), "__match_args__" in vars(t))
print(time.localtime(0).tm_year >= 1969, os.stat(".").st_mode != 0)

# Unhashable builtin types.
for t in (types.SimpleNamespace, weakref.ProxyType, weakref.CallableProxyType, contextvars.Context, list, dict, set):
    print(t.__name__, t.__hash__ is None, t.__dict__.get("__hash__", "absent"))
try:
    hash(types.SimpleNamespace())
except TypeError as x:
    print("TypeError:", x)
try:
    hash(contextvars.copy_context())
except TypeError as x:
    print("TypeError:", x)
print(contextvars.Token.MISSING)

# __abstractmethods__ is only there when set.
for t in (int, type(iter(())), RuntimeError):
    try:
        t.__abstractmethods__
    except AttributeError as x:
        print(t.__name__, "AttributeError", x)

# Registration with the ABCs, dir() and vars() of builtin types.
print(issubclass(type(iter(set())), cabc.Iterator), isinstance(iter(""), cabc.Iterator))
print(len(dir(int)) == len(set(dir(int))), "bit_length" in dir(int), "__add__" in vars(int))
print([k for k in ("append", "__len__", "__iadd__", "__hash__", "__doc__") if k in vars(list)])
print(vars(list)["__hash__"], list.__dict__["append"])
print(type(vars(zip)).__name__, sorted(k for k in vars(zip) if not k.startswith("__"))[:3])
print(object.__subclasses__()[:3] == object.__subclasses__()[:3], type in object.__subclasses__())
print(int.__dict__ is not int.__dict__, int.__dict__ == int.__dict__)
