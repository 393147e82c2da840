vals = [0, 1, -1, 7, -7, 13, 100, -100]
for a in vals:
    print(a, [a + b for b in vals], [a - b for b in vals], [a * b for b in vals])
