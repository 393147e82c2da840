vals = [1, -1, 3, 7, 10, 2 ** 53 + 1, 2 ** 60, -(2 ** 80), 10 ** 30]
for a in vals:
    print(a, [a / b for b in vals])
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    10 ** 400 / 1
except OverflowError as e:
    print(e)
print(10 ** 400 / 10 ** 399, (2 ** 1100) / (2 ** 1099), 1 / 10 ** 400)
