# Comparisons of Decimals with uint64 coefficients and small ints: signs,
# zeros of either sign and exponent, distant exponents, and the cases
# left to the general path (NaN, infinities, big coefficients, floats).
from decimal import *

vals = ["0", "-0", "0E+5", "-0.000", "1", "-1", "1.0", "1.00", "0.99", "-0.99", "1E+19", "10000000000000000000", "1E+30",
        "18446744073709551615", "-18446744073709551615E-3", "1E-40", "-1E-40", "123.45", "123.450", "Infinity", "-Infinity",
        "NaN", "123456789012345678901234567890"]
setcontext(Context(traps=[]))
ints = [0, 1, -1, 123, 2**62, -(2**62), 2**64, 10**19]
out = []
for a in vals:
    da = Decimal(a)
    for b in vals:
        db = Decimal(b)
        out.append("".join("1" if r else "0" for r in (da < db, da <= db, da == db, da != db, da > db, da >= db)))
    for n in ints:
        out.append("".join("1" if r else "0" for r in (da < n, da <= n, da == n, da != n, da > n, da >= n, n < da, n == da)))
    out.append(str((da == 1.0, da < 2.5, da == True)))
print(" ".join(out))
print(sorted([Decimal(v) for v in vals if v != "NaN"]))
print(max(Decimal("1.10"), Decimal("1.1")), min(Decimal("-0"), Decimal("0")), Decimal("0.3") > 0, 0 < Decimal("-0.3"))
print(sorted(k.__name__ for k, v in getcontext().flags.items() if v))
