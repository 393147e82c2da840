vals = [0, 1, -1, 2 ** 63, -(2 ** 63), 2 ** 63 - 1, 10 ** 30]
for a in vals:
    print(a, [(a < b, a == b, a >= b) for b in vals])
print(1 == 1.0, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53), 10 ** 400 > float('inf'), -10 ** 400 < float('-inf'), 1 < float('nan'), 1 == 1 + 0j)
print(True == 1, False < True, max(True, 2), 0 == -0)
