vals = [0, 1, -1, 6, -6, 255, -256, 2 ** 64 - 1, -(2 ** 64), 12345678901234567890]
for a in vals:
    print(a, [a & b for b in vals])
    print(a, [a | b for b in vals])
    print(a, [a ^ b for b in vals])
print([~v for v in vals])
