# Products of short and 28-digit coefficients and short divisions at
# precisions up to 37 digits (computed in three-word arithmetic), under
# every rounding mode, with the flags each raises; money-style
# amortization as a whole-program check.
import decimal
from decimal import Decimal as D, Context, localcontext

MODES = [decimal.ROUND_UP, decimal.ROUND_DOWN, decimal.ROUND_CEILING, decimal.ROUND_FLOOR,
         decimal.ROUND_HALF_UP, decimal.ROUND_HALF_DOWN, decimal.ROUND_HALF_EVEN, decimal.ROUND_05UP]
SIGNALS = [decimal.Clamped, decimal.DivisionByZero, decimal.Inexact, decimal.InvalidOperation,
           decimal.Overflow, decimal.Rounded, decimal.Subnormal, decimal.Underflow]

state = 12345


def rnd(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return (state >> 11) % n


def operand(maxdigits):
    digits = "".join(str(rnd(10)) for _ in range(rnd(maxdigits) + 1))
    return D(("-" if rnd(4) == 0 else "") + digits + "E" + str(rnd(30) - 15))


def run(label, f, ctx):
    ctx.clear_flags()
    try:
        r = f()
        return f"{label} {r} " + ",".join(s.__name__ for s in SIGNALS if ctx.flags[s])
    except decimal.DecimalException as e:
        return f"{label} {type(e).__name__}"


lines = []
for i in range(1500):
    prec = [9, 19, 20, 28, 36, 37, 38][rnd(7)]
    ctx = Context(prec=prec, rounding=MODES[rnd(8)], Emax=[40, 999999][rnd(2)], Emin=-[40, 999999][rnd(2)],
                  traps=[])
    x, y = operand(19), operand(38)
    with localcontext(ctx) as c:
        lines.append(run(f"{prec} {c.rounding} mul {x} {y}", lambda: x * y, c))
        lines.append(run(f"{prec} {c.rounding} div {y} {x}", lambda: y / x, c))
        lines.append(run(f"{prec} {c.rounding} div {x} {x + 7}", lambda: x / (x + 7), c))
        lines.append(run(f"{prec} {c.rounding} q {x * y}", lambda: (x * y).quantize(D("0.01")), c))
print("\n".join(lines))

# Halfway products: 0.5 units exactly, in each mode.
for mode in MODES:
    with localcontext(Context(prec=28, rounding=mode)) as c:
        for a, b in [("5", "1234567890123456789012345678.1"), ("25", "0.4000000000000000000000000000002"),
                     ("-15", "3333333333333333333333333333.3"), ("18446744073709551615", "18446744073709551615")]:
            print(run(f"half {mode} {a}*{b}", lambda: D(a) * D(b), c))
        print(run(f"div {mode}", lambda: D(2) / D(3), c), run(f"div- {mode}", lambda: D(-1) / D(7), c))


def amortize(principal, annual_rate, months):
    cent = D("0.01")
    r = annual_rate / 12
    factor = (1 + r) ** months
    payment = (principal * r * factor / (factor - 1)).quantize(cent, rounding=decimal.ROUND_HALF_UP)
    balance = principal
    total = D(0)
    for _ in range(months):
        interest = (balance * r).quantize(cent)
        total += interest
        balance = balance + interest - payment
    return payment, total, balance


for rate in ("0.0325", "0.045", "0.0599", "0.0715", "0.01875"):
    print(rate, *amortize(D("250000.00"), D(rate), 360))
shares = [(D("1007.07") * w / 18).quantize(D("0.01"), rounding=decimal.ROUND_DOWN) for w in (1, 2, 3, 5, 7)]
print(shares, sum(shares))

# Quantizing two-word coefficients by 20 to 38 digits: ties decided by
# digits more than 19 places below the kept ones.
for mode in MODES:
    for s in ("1234567.125" + "0" * 19 + "1", "1234567.125" + "0" * 20, "-1234567.135" + "0" * 19 + "1",
              "-1234567.135" + "0" * 25, "9999999.995" + "0" * 19 + "1", "0.005" + "0" * 30 + "7",
              "12345678901234567.8949999999999999999999", "1.000000000000000000000000000000000001"):
        with localcontext(Context(prec=40, rounding=mode)) as c:
            print(run(f"qlong {mode} {s}", lambda: D(s).quantize(D("0.01")), c))
