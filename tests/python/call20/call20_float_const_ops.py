# Binary operators with a constant operand on floats and mixed int/float
# (the loop's float fast paths): results, signed zeros, inf and nan, ints
# past 2**53 (rounded to the nearest float), big ints, bools, a float
# subclass, and division by a zero constant.
import math


class F(float):
    def __mul__(self, o):
        return "F.mul"

    def __truediv__(self, o):
        return "F.div"

    def __sub__(self, o):
        return "F.sub"

    def __neg__(self):
        return "F.neg"


def ops(x):
    r = [x * 3, x * 0.37, x / 2, x / 3.0, x - 1, x - 0.5, x + 1, x + 0.25, 1 - x, 2.5 - x]
    r.append(-x)
    y = x
    y /= 4
    r.append(y)
    y = x
    y -= 0.125
    r.append(y)
    y = x
    y *= 1.5
    r.append(y)
    return r


for v in [1.5, -0.0, 0.0, 7, -3, 2 ** 53 + 1, 2 ** 62 + 1, -2 ** 63, 2 ** 80, True, float("inf"), float("nan"), 1e308]:
    print(repr(v), [repr(z) for z in ops(v)])

print(ops(F(2.0)))
for v in [0, 2, 3.0, -1.5]:
    a = 2.0
    b = v
    print(repr(a - b), repr(b - a), repr(v + 0.5), repr(-float(v)))

for k in ["x / 0", "x / 0.0", "x // 0.0", "x % 0.0", "x - None", "x * None", "x / None", "x += 0; x = -None"]:
    x = 1.5
    try:
        exec(k)
        print(k, "ok", x)
    except Exception as e:
        print(k, type(e).__name__, e)


def loop(n):
    s = 0.0
    t = 0
    for i in range(n):
        s += i * 0.5 - i / 4 + (i - 0.25) * 2
        t -= 1.0
    return s, t


print(loop(1000), math.copysign(1.0, -0.0 * 3), math.copysign(1.0, 0 - 0.0), math.copysign(1.0, -(0.0)))
