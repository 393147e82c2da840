for b, e in [(2.0, 0.5), (-8.0, 1 / 3), (0.0, 0.0), (0.0, -1.0), (-2.0, 2.0), (-2.0, 3.0), (-2.0, 0.5), (1.0, float('nan')), (float('nan'), 0.0), (-1.0, float('inf')), (0.5, float('inf')), (2.0, float('-inf')), (float('inf'), -1), (10.0, -400), (1e10, 40)]:
    try:
        print(b, e, b ** e)
    except (ZeroDivisionError, OverflowError, ValueError) as err:
        print(b, e, type(err).__name__, err)
print(pow(2.0, 3), pow(4, 0.5), 4 ** -0.5, (-0.0) ** 3, (-0.0) ** 2, 0.0 ** 3)
