# int operators, floor semantics, pow, shifts, bit ops, errors
import sys
def t(f, *a):
    try:
        r = f(*a)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

vals = [0, 1, -1, 7, -7, 3, -3, 2**63, -2**63, 2**64+5, -(10**30)+1, 255, -256]
for a in vals:
    for b in vals:
        print(a, b, end=' ')
        t(lambda: (a // b, a % b, divmod(a, b)))
        t(lambda: (a & b, a | b, a ^ b))
for a in [0, 1, -1, 5, -5, 2**70, -2**70]:
    for s in [0, 1, 3, 63, 64, 65, 100, -1]:
        t(lambda: (a << s, a >> s))
t(lambda: 1 << 2**70)
t(lambda: 0 << 2**70)
t(lambda: 1 >> 2**70)
t(lambda: -1 >> 2**70)
t(lambda: 5 >> -2**70)
t(lambda: ~0); t(lambda: ~(2**100)); t(lambda: -(-2**63))
for b, e, m in [(2, 10, None), (2, -1, None), (0, -1, None), (-2, -3, None), (3, 4, 5), (3, -1, 7), (2, -1, 4), (3, 4, 0), (3, 4, -5), (-3, 5, 7), (3, 5, -7), (2**100, 3, 10**9+7), (10, -2, 99), (0, 0, 1), (5, 0, 1), (5, 0, -1), (2, 3.0, 5), (0, -2, None), (0.0, -1, None)]:
    t(lambda: pow(b, e, m) if m is not None else pow(b, e))
t(lambda: pow(2, 3, 0))
t(lambda: (-8) ** (1/3))
t(lambda: 2 ** -1074); t(lambda: 2 ** -1075); t(lambda: 10 ** -400)
t(lambda: 7 / 0); t(lambda: 7 // 0); t(lambda: 7 % 0); t(lambda: divmod(7, 0)); t(lambda: 0 ** -1)
t(lambda: 2**1100 / 3); t(lambda: 2**1100 / 2**1000); t(lambda: 10**400 / 10**399); t(lambda: 1 / 10**400)
t(lambda: (10**17+1) / 1); t(lambda: 2**53 + 1 / 1)
for x in [0, 1, -1, 255, -256, 2**64, -2**64, 2**100-1, True]:
    t(lambda: (x.bit_length(), x.bit_count(), x.as_integer_ratio(), x.conjugate(), x.real, x.imag, x.numerator, x.denominator))
t(lambda: True + True); t(lambda: True & False); t(lambda: True | 2); t(lambda: ~True); t(lambda: -True); t(lambda: True ^ True)
t(lambda: (int.__add__(1, 2.0), int.__radd__(1, 2), int.__floordiv__(7, 2)))
t(lambda: (round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1), round(5, 0), round(5, 2), round(2**100, -30)))
t(lambda: round(5, None)); t(lambda: round(5, 1.5))
t(lambda: (abs(-2**63), -(-2**63), +(-5), hash(-1), hash(-2), hash(2**61-1), hash(2**61), hash(-2**61), hash(2**100), hash(-(2**100))))
t(lambda: int.from_bytes(b'\x01\x00', 'little'))
t(lambda: (1).__index__()); t(lambda: int.__trunc__(5)); t(lambda: int.__floor__(-5)); t(lambda: int.__ceil__(5)); t(lambda: int.__round__(15, -1))
t(lambda: (5).__sizeof__() > 0)
t(lambda: 10 ** 20 * 0); t(lambda: -0); t(lambda: 3 * -0)
t(lambda: (7).__truediv__(0)); t(lambda: (7).__rtruediv__(2)); t(lambda: (7).__divmod__(2.0)); t(lambda: (7).__pow__(2, 5)); t(lambda: (7).__rpow__(2))
t(lambda: int.__pow__(2, -1, 5)); t(lambda: int.__pow__(4, -1, 8))
t(lambda: pow(38, -1, 97)); t(lambda: pow(-38, -1, 97)); t(lambda: pow(38, -1, -97))
t(lambda: 1 < 1.5 < 2 < 2**1000 > 1e300); t(lambda: 2**1024 > float('inf')); t(lambda: 2**53+1 == 2.0**53); t(lambda: 2**53+1 > 2.0**53)
t(lambda: -2**1024 < float('-inf')); t(lambda: 2**1024 == float('nan'))
t(lambda: (1 == 1.0, hash(1) == hash(1.0), hash(2**70) == hash(float(2**70))))
t(lambda: 3 .__lt__('a')); t(lambda: 1 < 'a')
t(lambda: 'a' * 2**63)
t(lambda: [1] * -3)
t(lambda: divmod(-7, 2)); t(lambda: divmod(7, -2)); t(lambda: divmod(-2**70, 3)); t(lambda: (-2**70) % 3)
t(lambda: int.__new__(bool, 1))
t(lambda: bool(2)); t(lambda: bool.__new__(bool, 0)); t(lambda: repr(True) + str(False))
t(lambda: type(True + 1)); t(lambda: type(True & True)); t(lambda: type(True ^ 1))
t(lambda: 10 ** 10 ** 10 if False else 0)
t(lambda: 2 ** 0.5); t(lambda: (-2) ** 0.5); t(lambda: 0 ** 0); t(lambda: 0 ** 0.0)
