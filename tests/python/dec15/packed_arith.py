# +, - and * of Decimals with uint64 coefficients: exact sums and
# products, carries past 64 bits, zeros, signs of zero results under
# ROUND_FLOOR, narrow exponent ranges, clamp, precisions around 20.
from decimal import *

vals = ["0", "-0", "0.00", "1", "-1", "1234.56", "-1234.56", "0.0825", "9999999999999999999", "18446744073709551615",
        "-18446744073709551615", "1E+5", "1E-5", "-2.5E-3", "4294967296", "4294967297", "123456789.123456789", "1E-19", "5E+20"]
ops = [("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b)]
ctxs = [Context(), Context(prec=20, traps=[]), Context(prec=19, traps=[]), Context(rounding=ROUND_FLOOR, traps=[]),
        Context(Emax=10, Emin=-10, traps=[]), Context(Emax=30, Emin=-10, clamp=1, traps=[]), Context(prec=22, Emax=25, Emin=-25, traps=[])]
for ci, ctx in enumerate(ctxs):
    setcontext(ctx)
    for sym, f in ops:
        row = []
        for a in vals:
            for b in vals:
                try:
                    row.append(str(f(Decimal(a), Decimal(b))))
                except DecimalException as e:
                    row.append(type(e).__name__)
        print(ci, sym, " ".join(row))
    print(ci, sorted(k.__name__ for k, v in ctx.flags.items() if v))
setcontext(Context())
x = Decimal(0)
for i in range(1000):
    x += Decimal(i) / 100
    x -= Decimal("0.005") * i
print(x, Decimal("1.1") * 3 - Decimal("3.3"), -Decimal("1.5") + Decimal("1.5"), Decimal("-1.5") - Decimal("-1.5"))
class M(Decimal):
    pass
print(repr(M("1.5") + M("2.5")), repr(M(2) * 3), repr(5 - M("0.5")), Decimal(1) + 2**70, Decimal("1.5") * True)
# mixed with ints, and exact and inexact division
for ctx in ctxs[:5]:
    setcontext(ctx)
    row = []
    for a in vals:
        for b in (0, 1, -3, 7, 12, 100, 2**40, -(2**62), 2**64):
            for f in (lambda a, b: a + b, lambda a, b: b - a, lambda a, b: a * b, lambda a, b: a / b, lambda a, b: b / a):
                try:
                    row.append(str(f(Decimal(a), b)))
                except DecimalException as e:
                    row.append(type(e).__name__)
    print(" ".join(row))
    print(sorted(k.__name__ for k, v in ctx.flags.items() if v))
setcontext(Context())
print(Decimal("0.0325") / 12, Decimal("1234.56") / 100, Decimal("1E+5") / 8, Decimal("-7") / Decimal("0.25"), Decimal("1") / 3, Decimal("100") / Decimal("1E-3"))
