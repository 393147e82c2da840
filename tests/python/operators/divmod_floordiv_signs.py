for a in [7, -7]:
    for b in [3, -3]:
        print(a, b, a // b, a % b, divmod(a, b), a / b)
for a in [7.5, -7.5]:
    for b in [2.0, -2.0]:
        print(a, b, a // b, a % b)
print(-0.0 % 5, 0.0 % -5, 5 % float('inf'), -5 % float('inf'), 1e300 % 3)
