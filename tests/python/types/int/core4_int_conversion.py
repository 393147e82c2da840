# int() conversion protocol: __int__/__index__/__trunc__ results that are int
# subclasses (DeprecationWarning), base clamping, buffers with and without a base.
import warnings
from array import array


def show(f, *args, **kw):
    with warnings.catch_warnings(record=True) as ws:
        warnings.simplefilter("always")
        try:
            r = f(*args, **kw)
            print("ok", type(r).__name__, r)
        except Exception as e:
            print(type(e).__name__, e)
    for w in ws:
        print("  warn", w.category.__name__, w.message)


class BadIndex:
    def __index__(self):
        return True


class BadInt:
    def __int__(self):
        return True


class BadInt2(int):
    def __int__(self):
        return True


class BadIndex2(int):
    def __index__(self):
        return True


class Trunc:
    def __trunc__(self):
        return 7


class TruncBool:
    def __trunc__(self):
        return True


class TruncNonIntegral:
    def __trunc__(self):
        return "x"


class TruncIndex:
    def __trunc__(self):
        return BadIndex()


class IntSub(int):
    pass


import operator
show(int, BadIndex())
show(operator.index, BadIndex())
show(int, BadInt())
show(int, BadInt2(5))
show(int, BadIndex2(5))
show(operator.index, BadIndex2(5))
show(int, Trunc())
show(int, TruncBool())
show(int, TruncNonIntegral())
show(int, TruncIndex())
show(IntSub, Trunc())
for base in (2**100, -2**100, 1, 37, 2**63, -(2**63) - 1):
    show(int, "43", base)
show(int, "z", 36)
for x in (b"100", bytearray(b"100"), memoryview(b"100"), array("B", b"100")):
    show(int, x)
    show(int, x, 2)
show(int, memoryview(b"1234")[1:3])
show(int, memoryview(b"x2.5y"))
show(int, 1.5, 10)
show(int, None)
show(range(10).__getitem__, IntSub(3))
