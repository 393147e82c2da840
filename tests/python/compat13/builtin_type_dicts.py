# The __dict__ of each builtin type holds the same names as CPython's
# (slot wrappers for the slots its C type sets itself, __sizeof__ where it
# defines one); bool's __bool__ and __hash__ are int's.
import builtins
import sys

for name in sorted(dir(builtins)):
    t = getattr(builtins, name)
    if isinstance(t, type) and t not in (type, ExceptionGroup):
        print(name, sorted(vars(t)))
print(sorted(set(vars(type)) - {"__dir__"}))

print(True.__bool__(), False.__bool__(), True.__hash__(), hash(False))
print(bool.__bool__ is int.__bool__, bool.__hash__ is int.__hash__)
print([].__sizeof__() == list.__sizeof__([]), bytearray(b"ab").__sizeof__(), type.__sizeof__(int))
print(list.__sizeof__, type.__sizeof__, bytearray.__sizeof__)
e = ValueError(1)
BaseException.__setattr__(e, "x", 5)
print(e.x)
BaseException.__delattr__(e, "x")
print(hasattr(e, "x"))
print(BaseException.__setattr__, ValueError.__setattr__ is BaseException.__setattr__)
try:
    BaseException.__setattr__(5, "x", 1)
except TypeError as ex:
    print("TypeError:", ex)


class E(Exception):
    def __setattr__(self, n, v):
        print("set", n)
        super().__setattr__(n, v)


E().y = 3
print(not True, bool(0), True + True, {True: 1}[1], sys.getsizeof(True) == sys.getsizeof(1))
