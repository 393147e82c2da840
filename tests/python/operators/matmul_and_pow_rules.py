print(2 ** -1, (-8) ** (1/3) == complex, 0 ** 0, 0.0 ** 0)
print(pow(3, 4, 5), pow(-3, 3, 7), pow(3, -1, 7), pow(2, 0, 1))
for a in [(0, -1), (2, 1, 0), (2.0, 1, 3), (2, -1, 4)]:
    try:
        print(pow(*a))
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    [1] @ [2]
except TypeError as e:
    print(e)
print((-8) ** 0.5)
print((-2) ** 3, -2 ** 2, 2 ** 3 ** 2)
