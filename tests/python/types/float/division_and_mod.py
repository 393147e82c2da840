vals = [7.5, -7.5, 2.0, -2.0, 0.1, 1e308, 3.0]
for a in vals:
    row = []
    for b in vals:
        row.append((a / b, a // b, a % b))
    print(a, row)
for a, b in [(1.0, 0.0), (0.0, 0.0), (1.0, -0.0)]:
    for op in ['/', '//', '%']:
        try:
            eval(f'{a} {op} {b}')
        except ZeroDivisionError as e:
            print(op, e)
print(divmod(-0.0, 1.0), divmod(0.0, -1.0), -1e-300 % 1.0, 1e-300 % -1.0, (-1e-20) // 1.0)
