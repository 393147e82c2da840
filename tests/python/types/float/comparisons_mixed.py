import math
vals = [0.0, -0.0, 1.0, 1, 2 ** 53, 2 ** 53 + 1, float(2 ** 53), math.inf, math.nan, 10 ** 400, 1e308]
for a in vals:
    print(repr(a)[:12], [(a == b, a < b) for b in vals])
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15, math.isclose(0.1 + 0.2, 0.3), 1e16 + 1 == 1e16)
