inf, nan = float('inf'), float('nan')
print(inf, -inf, nan, repr(inf), repr(nan), str(-nan))
print(inf + 1, inf - inf, inf * 0, -inf * -1, inf / inf, 1 / inf, -1 / inf, nan + 1)
print(inf == inf, nan == nan, nan != nan, inf > 1e308, -inf < -1e308, nan < 1, nan > 1, max(1, nan), max(nan, 1))
print(float('Inf'), float('-INFINITY'), float('nAn'), float('+nan'), float('-nan'))
import math
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1e308), math.copysign(1, -0.0), math.copysign(1, nan))
print(int(1e308) > 0, 1e308 * 10, -1e308 * 10, 2.0 ** 1023 * 2)
try:
    2.0 ** 1024
except OverflowError as e:
    print(e)
try:
    math.exp(1000)
except OverflowError as e:
    print(e)
