for a in [3, -3, 2 ** 60]:
    for b in [0.5, -2.5, 1e20]:
        print(a, b, a + b, a - b, a * b, a / b, a // b, a % b, a ** 0.5 if a > 0 else None)
try:
    2 ** 10000 * 1.0
except OverflowError as e:
    print(e)
print(1 + 2j, 3 * 1j, 2 ** 0.5, (-8) ** (1 / 3))
