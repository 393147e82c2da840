# Randomized numeric checks: int true division and float(int) rounding,
# float repr round trip, int <-> str in many bases, math on huge values.
import random, math
rnd = random.Random(42)
out = []
for i in range(1500):
    a = rnd.getrandbits(rnd.randrange(1, 200)) * rnd.choice([1, -1])
    b = rnd.getrandbits(rnd.randrange(1, 200)) or 1
    try:
        q = a / b
    except OverflowError as e:
        q = 'OverflowError'
    out.append((q, float(a), a // b, a % b, a.bit_length(), (a * b) >> 7, hex(a), oct(b), bin(a)[:40], round(a, -rnd.randrange(0, 30))))
for x in out[:1500]:
    print(x)
for i in range(500):
    f = rnd.uniform(-1e300, 1e300) * rnd.choice([1, 1e-300, 1e-150, 1e-20, 1.0])
    n = rnd.randrange(-20, 20)
    print(repr(f), round(f, n), f'{f:.{rnd.randrange(0, 30)}g}', f'{f:.{rnd.randrange(0, 25)}e}', f'{f:,.3f}'[:40], f.hex(), float.fromhex(f.hex()) == f, int(f) if abs(f) < 1e300 else 0, math.floor(f) == int(f // 1), f.as_integer_ratio()[1].bit_length())
for i in range(300):
    a = rnd.getrandbits(rnd.randrange(1, 400))
    base = rnd.choice([2, 3, 7, 8, 10, 16, 36])
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'
    s, x = '', a
    while x:
        s = digits[x % base] + s; x //= base
    s = s or '0'
    print(base, int(s, base) == a, int(s.upper(), base) == a, str(a)[:30], int(str(a)) == a)
for i in range(300):
    a, e, m = rnd.getrandbits(100), rnd.randrange(0, 500), rnd.getrandbits(rnd.randrange(1, 90)) or 7
    print(pow(a, e, m), pow(a, -1, m) if math.gcd(a, m) == 1 else 'nc', math.isqrt(a), math.gcd(a, m), a ** (e % 7))
