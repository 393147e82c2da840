for v in [1.5, -0.75, 3.0, 0.1, 1e300, -0.0]:
    print(v, v.is_integer(), v.as_integer_ratio(), v.real, v.imag, v.conjugate(), v.__trunc__(), v.__floor__(), v.__ceil__(), v.__round__())
for bad in [float('inf'), float('nan')]:
    try:
        bad.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(float.__getformat__('double'), (2.5).__int__(), (2.5).__float__(), float.fromhex('0x1p4'))
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(2.5), math.fmod(-7.5, 2), math.modf(-3.25), math.frexp(12.0), math.ldexp(0.75, 4))
