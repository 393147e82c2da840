# float() from buffers, __float__ returning a float subclass, keywords in
# subclasses with __init__, round() with huge ndigits, hash of NaN.
import warnings
from array import array


def show(f, *args, **kw):
    with warnings.catch_warnings(record=True) as ws:
        warnings.simplefilter("always")
        try:
            r = f(*args, **kw)
            print("ok", type(r).__name__, r)
        except Exception as e:
            msg = str(e)
            if "<memory at" in msg:
                msg = msg[:msg.index("<memory at")] + "<memory>"
            print(type(e).__name__, msg)
    for w in ws:
        print("  warn", w.category.__name__, w.message)


class F(float):
    pass


class Sub:
    def __float__(self):
        return F(2.5)


class Bad:
    def __float__(self):
        return 3


class Idx:
    def __index__(self):
        return 12


show(float, Sub())
show(float, Bad())
show(float, Idx())
show(float, bytearray(b" 3.25 "))
show(float, memoryview(b"x2.5y")[1:4])
show(float, memoryview(b"x2.5y"))
show(float, bytearray(b"x2.5y"))
show(float, array("b", b"1.5"))
show(float, array("d", [1.0]))
show(float, b"nan")
show(float, "1_000.5")
show(float, None)
show(float, x="3.14")


class WithInit(float):
    def __init__(self, arg, newarg=None):
        self.newarg = newarg


u = WithInit(2.5, newarg=3)
print(type(u).__name__, float(u), u.newarg)
show(F, x=0)
for n in (324, 400, 2**31, 2**63, 2**100, -308, -400, -2**63, -2**100):
    show(round, 123.456, n)
    show(round, -1e300, n)
nan = float("nan")
print(hash(nan) == object.__hash__(nan))


class H:
    def __hash__(self):
        return 42


class FH(float, H):
    pass


v = FH("nan")
print(hash(v) == object.__hash__(v))
print(hash(float("inf")), hash(1.5), hash(-0.0))
