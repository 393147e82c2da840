for v in [0, 5, 15, 25, 35, -15, -25, 149, 150, 151, 250, 12345, -12345]:
    print(v, round(v, -1), round(v, -2), round(v, 1), round(v))
print(round(10 ** 30 + 5 * 10 ** 9, -10))
