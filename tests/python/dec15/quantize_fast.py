# quantize fast paths (uint64 and two-word coefficients): every rounding mode,
# precisions around 20, exponents in and out of range, flags and traps.
from decimal import *
import itertools
CENT = Decimal("0.01")
vals = ["1234.565", "-1234.565", "0.005", "-0.005", "0", "-0", "0.000", "12", "1E+5", "-7.5E-3", "18446744073709551615", "1844674407370955161.5",
        "9999999999999999999.995", "1.23456789012345678901234567", "-0.0027083333333333333333333333", "3.343750000000000000000000000",
        "123456789012345678901234567.89", "5E-30", "-5E-30", "0.0000000000000000000000000000000000000001", "NaN", "Inf", "sNaN", "1e-2", "99.995"]
exps = ["0.01", "1", "1E+2", "1E-20", "1E-19", "0.1", "1e-30", "1E+3", "Inf", "NaN", "1E+999999", "1E-999999"]
modes = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]
def show(f):
    try:
        r = f()
        return repr(r)
    except Exception as e:
        return type(e).__name__ + ": " + str(e)
for prec in (28, 20, 19, 9):
    for v, e in itertools.product(vals, exps):
        for m in modes:
            ctx = Context(prec=prec, traps=[])
            setcontext(ctx)
            a = show(lambda: Decimal(v).quantize(Decimal(e), m))
            b = show(lambda: Decimal(v).quantize(Decimal(e), rounding=m))
            fl = sorted(k.__name__ for k, s in ctx.flags.items() if s)
            print(prec, v, e, m, a, b, fl)
        setcontext(Context(prec=prec, traps=[]))
        print(show(lambda: Decimal(v).quantize(Decimal(e))), sorted(k.__name__ for k, s in getcontext().flags.items() if s))
setcontext(Context())
print(show(lambda: Decimal("1.235").quantize(CENT, "ROUND_BOGUS")))
print(show(lambda: Decimal("1.235").quantize(CENT, 3)))
print(show(lambda: Decimal("1.235").quantize(1)))
print(show(lambda: Decimal("1.235").quantize("0.01")))
print(show(lambda: Decimal("1.235").quantize(CENT, "ROUND_" + "UP")))
print(show(lambda: Decimal("1.235").quantize(CENT, None)))
print(show(lambda: Decimal("1.235").quantize(CENT, None, Context(prec=2))))
print(show(lambda: Decimal("1.235").quantize(Decimal("1E-30"))))
getcontext().traps[Inexact] = True
print(show(lambda: Decimal("1.235").quantize(CENT)))
print(show(lambda: Decimal("1.230").quantize(CENT)))
getcontext().traps[Rounded] = True
print(show(lambda: Decimal("1.230").quantize(CENT)))
print(show(lambda: Decimal("1.2").quantize(CENT)))
setcontext(Context())
class D(Decimal): pass
print(show(lambda: D("1.235").quantize(CENT, ROUND_DOWN)), type(D("1.235").quantize(D("0.1"), ROUND_DOWN)))
