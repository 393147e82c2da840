for b, e, m in [(2, 10, 1000), (3, 200, 10 ** 9 + 7), (-2, 3, 5), (2, 3, -5), (-2, 3, -5), (7, 0, 1), (0, 0, 7), (2 ** 100, 2 ** 50, 10 ** 20 + 39), (3, -1, 11), (10, -3, 7), (5, 0, -3)]:
    print(b, e, m, pow(b, e, m))
for b, e, m in [(2, -1, 4), (2, 5, 0), (0, -1, 5)]:
    try:
        print(pow(b, e, m))
    except (ValueError, ZeroDivisionError) as err:
        print(type(err).__name__, err)
print(2 ** 0, 0 ** 0, (-1) ** 1001, (-2) ** 63, 2 ** -2, (-2) ** -3, 10 ** -1)
