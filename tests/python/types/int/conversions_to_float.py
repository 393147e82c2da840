for v in [2 ** 53, 2 ** 53 + 1, 2 ** 53 + 2, 2 ** 53 + 3, 2 ** 54 + 2, 2 ** 1023, 2 ** 1024 - 1, 10 ** 22, 10 ** 23, -(2 ** 63)]:
    try:
        print(v, float(v))
    except OverflowError as e:
        print(v, e)
print(int(1e300) % 10 ** 6, int(-1.5), int(2.999999999), int(-0.0), int(1e-300))
