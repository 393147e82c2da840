vals = [17, -17, 5, -5, 1, -1, 2 ** 65 + 3, -(2 ** 65) - 3]
for a in vals:
    row = []
    for b in vals:
        row.append((a // b, a % b))
    print(a, row)
