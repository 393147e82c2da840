# Money times 28-digit rates and 28-digit quotients (two-word coefficients,
# one allocation each), then quantized to cents under every rounding mode;
# results shared between Decimals, hashed, compared and printed.
from decimal import *

modes = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]
CENT = Decimal("0.01")
rates = [Decimal(s) / 12 for s in ("0.0325", "0.045", "0.0599", "0.0715", "0.01875")] + [Decimal(1) / 7, Decimal(-2) / 3]
print(rates)
seed = 12345
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed
for prec in (28, 20, 30, 37, 38, 40):
    ctx = Context(prec=prec, traps=[])
    setcontext(ctx)
    out = []
    for i in range(60):
        amount = Decimal(rnd() % 10**9) / 100
        if i % 4 == 1:
            amount = -amount
        r = rates[i % len(rates)]
        p = amount * r
        q = amount / Decimal(rnd() % 997 + 3)
        m = modes[i % 8]
        out.append((p, q, p.quantize(CENT, m), q.quantize(CENT, rounding=m), p + q, p * q, hash(p) == hash(+p), p == +p, p < q))
    for row in out:
        print(prec, *row)
    print(sorted(k.__name__ for k, v in ctx.flags.items() if v))
setcontext(Context())
x = Decimal("12345678.91") * rates[0]
ys = [x, +x, x.copy_abs(), -x, x.normalize()]
print(ys, [str(y) for y in ys], len({hash(y) for y in ys}))
big = Decimal("99999999999999999999") * Decimal("99999999999999999999")
print(big, big.quantize(Decimal("1E+20")), Decimal(2**64) * Decimal(2**63), Decimal(2**64 - 1) * (2**64 - 1))
for e in ("1e70", "1e73", "1e80"):
    try:
        print((Decimal("1e100") / 3).quantize(Decimal(e)))
    except InvalidOperation as err:
        print("InvalidOperation", err)
for v in ("123456789012345678901234567.8", "12345678901234567890123456.78", "1234567890123456789012345.678"):
    try:
        print(Decimal(v).quantize(CENT))
    except InvalidOperation as err:
        print("InvalidOperation", err)
