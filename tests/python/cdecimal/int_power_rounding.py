# Integer powers that need rounding: the C module computes them by binary
# exponentiation at a working precision, rounding each product, so results
# (and flags) must agree with it digit for digit, including the rare cases
# where that differs from the correctly rounded power.
import random
from decimal import (ROUND_CEILING, ROUND_DOWN, ROUND_FLOOR, ROUND_HALF_DOWN, ROUND_HALF_EVEN,
                     ROUND_HALF_UP, ROUND_UP, Context, Decimal, Inexact, Rounded)

rng = random.Random(1234)
ROUNDINGS = [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_DOWN, ROUND_UP, ROUND_FLOOR, ROUND_CEILING, ROUND_HALF_DOWN]


def flags(ctx):
    return "".join(name[0] for name, sig in (("Inexact", Inexact), ("Rounded", Rounded)) if ctx.flags[sig])


def rand_dec():
    digits = rng.randint(1, 30)
    coef = rng.randint(1, 10 ** digits)
    exp = rng.randint(-digits - 3, 3)
    sign = "-" if rng.random() < 0.2 else ""
    return Decimal(f"{sign}{coef}E{exp}")


lines = []
for i in range(1500):
    prec = rng.choice([3, 5, 9, 16, 28, 34, 50])
    ctx = Context(prec=prec, rounding=rng.choice(ROUNDINGS))
    x = rand_dec()
    n = rng.choice([2, 3, 5, 7, 12, 31, 100, 360, 1000, -1, -2, -3, -12, -360])
    if rng.random() < 0.1:
        y = Decimal(n).quantize(Decimal("1.0")) if rng.random() < 0.5 else Decimal(f"{n}")
    else:
        y = Decimal(n)
    r = ctx.power(x, y)
    lines.append(f"{x} ** {y} @{prec} {ctx.rounding[6:]} = {r} {flags(ctx)}")
h = 0
for line in lines:
    for ch in line:
        h = (h * 31 + ord(ch)) % (1 << 61)
print(len(lines), h)
for line in lines[::75]:
    print(line)
for x, n in (("1.0000000001", 10 ** 6), ("0.9999999999", 10 ** 6), ("1.1", 5000), ("-2.5", 301), ("7", -45), ("1.000", 40), ("1.000", -3), ("-1", 7)):
    ctx = Context(prec=28)
    print(x, n, ctx.power(Decimal(x), n), flags(ctx))

# Cases where libmpdec's result is not the correctly rounded power.
for x, n, prec, rounding in (("-5.423258638E+11", -3, 5, ROUND_DOWN), ("7498.5", 360, 3, ROUND_CEILING),
                             ("8.5763862879437611704", -1, 16, ROUND_HALF_DOWN),
                             ("0.0061202799636211015993877238198", 31, 5, ROUND_UP),
                             ("-405.4209918", 3, 5, ROUND_HALF_UP), ("3587.661445822780125", 12, 9, ROUND_HALF_EVEN),
                             ("-7181887.4288723223", Decimal("31.0"), 34, ROUND_DOWN)):
    ctx = Context(prec=prec, rounding=rounding)
    print(x, n, ctx.power(Decimal(x), n), flags(ctx))
