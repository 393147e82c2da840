from fractions import Fraction
from decimal import Decimal
vals = [0, 1, -1, 2 ** 61 - 1, 2 ** 64, -(2 ** 100), 0.5, -0.5, 1e100, 2.0 ** -30]
for v in vals:
    print(v if not isinstance(v, float) else repr(v), hash(v), hash(Fraction(v)) == hash(v), hash(Decimal(v)) == hash(v), hash(complex(v)) == hash(v))
print(hash(Fraction(1, 3)), hash(Fraction(-1, 3)), hash(Fraction(2, 4)) == hash(Fraction(1, 2)), hash(1 + 2j), hash(-1j), hash(complex(0.5, 0.25)))
