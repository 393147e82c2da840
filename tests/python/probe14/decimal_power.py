# Decimal powers the way finance and science code uses them: compound growth,
# amortization, discounting over long horizons, and the edges a tight context
# reaches (underflow far below Etiny under directed rounding, powers of one).
import decimal
from decimal import Decimal as D, localcontext

def flags(ctx):
    return sorted(s.__name__ for s, v in ctx.flags.items() if v)

def payment(principal, annual_rate, years):
    r = annual_rate / 12
    n = years * 12
    return (principal * r / (1 - (1 + r) ** -n)).quantize(D("0.01"))

with localcontext() as ctx:
    ctx.prec = 28
    print(payment(D("250000"), D("0.065"), 30), payment(D("18000"), D("0.049"), 5))
    print((D("1.05") ** 10).quantize(D("0.0001")), D("1.0001") ** 3650, D("2") ** -10, D("0.5") ** 64)
    balance = D("1000")
    for year in range(1, 4):
        balance = (balance * (1 + D("0.0375") / 4) ** 4).quantize(D("0.01"), rounding=decimal.ROUND_HALF_UP)
        print(year, balance)

# Discount factors over absurd horizons in a small exponent range.
for rounding in (decimal.ROUND_CEILING, decimal.ROUND_UP, decimal.ROUND_HALF_EVEN, decimal.ROUND_FLOOR, decimal.ROUND_05UP):
    for base, exp in [("1.05", "-400"), ("1.05", "-5000"), ("2", "-3321940"), ("2", "-3322000"),
                      ("10", "-1000020"), ("-2", "-4000001"), ("0.5", "3322001"), ("1.5", "-9E6"),
                      ("3", "-2.5E6"), ("2", "-1E10"), ("0.9999999", "300000000"), ("2", "-3322000.5")]:
        ctx = decimal.Context(prec=5, rounding=rounding, Emax=999999, Emin=-999999, traps=[])
        print(rounding, base, exp, ctx.power(D(base), D(exp)), flags(ctx))

# Powers of one keep libmpdec's coefficient and skip the clamp fold-down.
for prec, clamp in [(16, 1), (5, 0)]:
    ctx = decimal.Context(prec=prec, Emax=9, Emin=-9, clamp=clamp, traps=[])
    for x in ["1", "-1", "1.00", "-1.0"]:
        row = []
        for y in ["0", "3", "-2", "100", "1E3"]:
            ctx.clear_flags()
            row.append(f"{ctx.power(D(x), D(y))}{'R' if ctx.flags[decimal.Rounded] else ''}")
        print(prec, clamp, x, row)
print(D("1.0") ** 3, D(-1) ** 5, D("1.00") ** -2, pow(D("1.0"), 2), D(1) ** 10)
with localcontext(decimal.Context(prec=3, traps=[decimal.Underflow])) as ctx:
    ctx.Emin = -10
    try:
        D(10) ** -50
    except decimal.Underflow as e:
        print("Underflow trapped", type(e).__mro__[1].__name__)
