# Float powers the way numeric programs use them (growth, roots, decay, gamma,
# norms), printed with repr: CPython returns glibc's pow, which is not always
# correctly rounded, so these pin its exact results.
import math, random

rnd = random.Random(2024)
print([1.05 ** n for n in (1, 5, 10, 30)], 2 ** 0.5, 10 ** -2.0, 0.1 ** 0.5, (-2.0) ** 3, 2.0 ** -1074)
print(math.pow(1.0001, 3650), math.pow(7, 1 / 3), math.gamma(1.2003514969638610), math.gamma(4.5), math.pow(-8, 3))
# Arguments where glibc's pow is not correctly rounded.
for xs, ys in [("0x1.f6cca0c5ea884p-1", "0x1.1700c035388c0p+12"), ("0x1.212c322decf7ep-1", "0x1.4p+3"),
               ("0x1.0d1fefe57a58ap-1", "0x1p-1"), ("0x1.d4a45ec390062p+0", "-0x1p+4"),
               ("0x1.01cc4ac60b80cp+0", "0x1.5903b953f30c8p+1"), ("0x1.cbdf1651003a6p+0", "0x1.bp+4"),
               ("0x1.791dcba3b3a14p+0", "-0x1.fp+4"), ("0x1.fc3d485dad045p-1", "-0x1.dp+4")]:
    x, y = float.fromhex(xs), float.fromhex(ys)
    print(repr(x ** y), repr(math.pow(x, y)), repr(pow(-x, y)))
rates = [round(rnd.uniform(0.001, 0.2), 4) for _ in range(200)]
years = [rnd.randint(1, 60) for _ in range(200)]
growth = [(1 + r) ** n for r, n in zip(rates, years)]
print(sum(growth), max(growth), min(growth))
print(sum(x ** 1.5 for x in growth), sum(x ** -0.25 for x in growth), sum(x ** (1 / 3) for x in growth))
half_lives = [rnd.uniform(1, 100) for _ in range(300)]
print(sum(0.5 ** (t / h) for t, h in zip(range(300), half_lives)))
vals = [rnd.uniform(-50, 50) for _ in range(500)]
for p in (1.5, 3, 2.5, 0.5):
    print(p, sum(abs(v) ** p for v in vals) ** (1 / p))
print(sum(math.gamma(rnd.uniform(0.5, 20)) for _ in range(200)))
print([x ** y for x, y in [(2.0, 1023.999), (0.5, 1074.5), (1e-300, 1.1), (1e300, 1.02)]])
try:
    10.0 ** 400
except OverflowError as e:
    print("OverflowError", e)
print(complex(2, 0) ** 0.5, (1.5 + 0j) ** 2.25, pow(3.0, 4.5, None))
