print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(2.675, 2), round(1234, -2), round(1250, -2), round(1350, -2))
print(round(5), round(5, 2), round(-0.4), round(2.5, 0), round(1e300, -300), round(0.125, 2), round(0.375, 2))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(7, -1), round(-15, -1), round(15, -1))
for bad in [float('inf'), float('nan')]:
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(float('inf'), 2), round(1.23456789, 5), round(-1.5), round(2 ** 70 + 0.0))
class R:
    def __round__(self, n=None): return ('round', n)
print(round(R()), round(R(), 3))
try:
    round('x')
except TypeError as e:
    print(e)
