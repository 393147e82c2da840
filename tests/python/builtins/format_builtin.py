print(format(3.14159, '.2f'), format(42, '08b'), format('x', '*^5'), format(1234567, ','), format(0.25, '%'))
print(format(255, 'X'), format(-3, '+05d'), format(12.0, 'g'), format(1e20, 'g'), format(12, 'n'))
try:
    format(1, 'q')
except ValueError as e:
    print(e)
try:
    format('s', 'd')
except ValueError as e:
    print(e)
try:
    format(1.0, 'd')
except ValueError as e:
    print(e)
