print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(-1, 0.5) == 1j, pow(7, 2, 5), pow(2, 100, 10 ** 9 + 7), pow(5, -2, 13))
print(pow(base=2, exp=5), pow(2, 3, mod=3), pow(0, 0), pow(0.0, 0.0), pow(-2, 3), pow(-2.0, 0.5))
for args in [(0, -1), (2, 3, 0), (2.0, 3, 4), (2, -1, 6)]:
    try:
        pow(*args)
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
