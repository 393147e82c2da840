vals = [0.0, -0.0, 1.5, -2.25, 1e300, 1e-300, 3.0]
for a in vals:
    print(a, [a + b for b in vals])
    print(a, [a * b for b in vals])
    print(a, [a - b for b in vals])
