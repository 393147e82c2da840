for v in [0.9999999999999999, -0.9999999999999999, 1e15 + 0.5, 4503599627370495.5, 4503599627370496.5, 1e19, -1e19, 1.7e308]:
    print(repr(v), int(v), round(v) if v < 1e300 else 'big', v.__trunc__())
import math
print(math.floor(1e300) == int(1e300), math.ceil(-0.5), type(math.floor(1.5)).__name__)
