# Rounding products and sums of up to 38 digits in every rounding mode
# (the two-machine-word rounding path), against the C module's results.
import hashlib
import random
from decimal import (ROUND_05UP, ROUND_CEILING, ROUND_DOWN, ROUND_FLOOR, ROUND_HALF_DOWN,
                     ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_UP, Context, Decimal, Inexact, Rounded)

rng = random.Random(5)
modes = [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_DOWN, ROUND_UP, ROUND_FLOOR, ROUND_CEILING, ROUND_HALF_DOWN, ROUND_05UP]
out = []
for i in range(20000):
    c = Context(prec=rng.randint(1, 38), rounding=rng.choice(modes))
    a = Decimal(rng.randint(-10 ** rng.randint(1, 20), 10 ** rng.randint(1, 20))).scaleb(rng.randint(-30, 5))
    b = Decimal(rng.randint(1, 10 ** rng.randint(1, 20))).scaleb(rng.randint(-30, 5))
    r = (c.multiply(a, b), c.add(a, b), c.divide(a, b), c.flags[Inexact], c.flags[Rounded])
    out.append(str(r))
print(hashlib.sha256("\n".join(out).encode()).hexdigest())
print("\n".join(out[::1000]))
# Carries out of the low word and last digits 0/5 for ROUND_05UP.
for mode in modes:
    c = Context(prec=20, rounding=mode)
    for a, b in (("99999999999999999999", "99999999999999999999"), ("18446744073709551615", "10"),
                 ("12345678901234567895", "3"), ("40000000000000000005", "250000000000000000001")):
        print(mode, c.multiply(Decimal(a), Decimal(b)), c.multiply(Decimal(a), -Decimal(b)))
