print(float(), float(3), float('1.5'), float(' -2.5e3 '), float('inf'), float('-Infinity'), float('nan'), float('1_0.5'))
print(float(True), float(2 ** 60), float('0x1p3') if False else '', float('.5'), float('5.'))
for bad in ['', 'abc', '1__0', '0x10', '1e', ' ', 'in f']:
    try:
        float(bad)
    except ValueError as e:
        print(e)
try:
    float(2 ** 1024)
except OverflowError as e:
    print(e)
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 7
print(float(F()), float(I()))
try:
    float([])
except TypeError as e:
    print(e)
