for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2), (-7.5, 2), (2 ** 70, 3), (0, 5), (1, 0.3)]:
    print(a, b, divmod(a, b))
for a, b in [(1, 0), (1.0, 0), (1, 0.0)]:
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print(e)
try:
    divmod(1j, 1)
except TypeError as e:
    print(e)
