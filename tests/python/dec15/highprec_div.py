# Division by a one-word divisor and rounding of long coefficients at
# precisions above 38 digits (as in localcontext(prec=50)): exact and
# inexact quotients, ideal exponents, every rounding mode, flags.
from decimal import *

modes = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]
nums = ["1", "-1", "2", "10", "1E+40", "123456789012345678901234567890123456789012345", "-98765432109876543210.98765432109876543210",
        "0.5", "7", "18446744073709551615", "18446744073709551616", "340282366920938463463374607431768211457", "1E-60", "25E-3"]
dens = [1, 2, 3, 7, 8, 10, 12, 16, 125, 997, 10**18, 18446744073709551615, 3**40, -6, Decimal("2.5"), Decimal("0.003")]
for prec in (39, 50, 64, 100):
    for i, m in enumerate(modes):
        ctx = Context(prec=prec, rounding=m, traps=[])
        setcontext(ctx)
        for a in nums:
            row = []
            for b in dens[i % 3::3] + [dens[-1]]:
                row.append(str(Decimal(a) / b))
            row.append(str(Decimal(a) * Decimal("1." + "3" * (prec - 3)) + Decimal("1E-200")))
            print(prec, m, a, *row)
        print(sorted(k.__name__ for k, v in ctx.flags.items() if v))
with localcontext() as ctx:
    ctx.prec = 50
    x = sum(Decimal(1) / Decimal(k) for k in range(1, 300))
    print(x, x.sqrt(), (x * 3).quantize(Decimal("1e-20")))
with localcontext(Context(prec=45, Emax=50, Emin=-50, traps=[])) as ctx:
    for a in ("1E+50", "9.99999E+50", "1E-50", "3E-80"):
        for b in (3, 7, 1):
            print(Decimal(a) / b, end=" ")
    print(sorted(k.__name__ for k, v in ctx.flags.items() if v))
