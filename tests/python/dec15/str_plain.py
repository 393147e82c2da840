# str() and repr() of Decimals with a uint64 coefficient shown without an
# exponent (and the neighbours that need one), under both capitals.
from decimal import *

vals = ["0", "-0", "0.00", "-0.000", "1", "-1", "123.45", "-123.45", "0.001", "0.000001", "0.0000001", "-0.0000001", "1E-6",
        "123E-8", "123E-9", "12345678901234567890", "18446744073709551615", "18446744073709551616", "-18446744073709551615E-25",
        "1E+1", "10", "1.0", "5E+0", "1E-20", "0E-7", "-0E-6", "0E+2", "123456789012345678901234567890.5", "NaN", "-Inf",
        "18446744073709551615E-19", "18446744073709551615E-20", "18446744073709551615E-25", "18446744073709551615E-26"]
for caps in (1, 0):
    setcontext(Context(capitals=caps))
    for v in vals:
        d = Decimal(v)
        print(str(d), repr(d), str(-d), repr(+d))
class M(Decimal):
    pass
print(str(M("12.5")), repr(M("-0.05")), [Decimal("1.10"), M("2.000")], {Decimal("0.5"): Decimal("-7.25")})
print(Decimal(12345) / 100, Decimal(1) / 8, Decimal(-3) / 1000000, Decimal(2) ** 70, sum([Decimal("0.1")] * 10))
print(str(Decimal("-sNaN5")), repr(Decimal("sNaN")))
