print(range(5), range(1, 5), range(1, 10, 2), range(5, 0, -1), list(range(-3)), list(range(0, -5, -2)))
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
try:
    range(1.5)
except TypeError as e:
    print(e)
try:
    range()
except TypeError as e:
    print(e)
