# math's float functions over special and ordinary values, with errors.
import math

def show(name, *args):
    try:
        r = getattr(math, name)(*args)
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    shown = [a if isinstance(a, (int, float, str, list, tuple)) else type(a).__name__ for a in args]
    print(name, shown, repr(r))

inf, nan = math.inf, math.nan
values = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, 3.7, -3.7, 10.0, 100.0, 1e-300, 5e-324, 1e300,
          710.0, -745.5, inf, -inf, nan, 7, -3, True, 2**60]
one_arg = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "cos", "cosh", "exp", "exp2", "expm1", "fabs", "gamma", "lgamma", "log", "log10", "log1p",
           "log2", "sin", "sinh", "sqrt", "tan", "tanh", "degrees", "radians", "isfinite",
           "isinf", "isnan", "frexp", "modf", "ulp", "ceil", "floor", "trunc"]
for name in one_arg:
    for v in values:
        show(name, v)

pairs = [(0.0, 0.0), (1.0, 0.0), (0.0, -1.0), (-0.0, -1.0), (2.0, 0.5), (-8.0, 1 / 3), (10.0, 3.0),
         (-10.0, 3.0), (inf, 1.0), (1.0, inf), (inf, inf), (nan, 1.0), (1.0, nan), (1e308, 10.0),
         (5e-324, 2.0), (3, 2), (-2.0, 0.5), (0.0, -inf)]
for name in ["atan2", "copysign", "fmod", "remainder", "pow", "nextafter", "hypot", "ldexp" if False else "atan2"]:
    for a, b in pairs:
        show(name, a, b)
for a, b in [(1.0, 3), (1.0, -1080), (1.5, 1024), (0.0, 10**30), (1.0, 10**30), (1.0, -10**30), (inf, 5), (1.0, 2.0)]:
    show("ldexp", a, b)

print([math.erf(x) for x in (0.0, -0.0, 0.5, 2.0, inf, -inf)], [math.erfc(x) for x in (0.0, 0.5, 2.0, inf, -inf)])
print(math.pi, math.e, math.tau, math.inf, math.nan, -math.inf)
print(math.log(8, 2), math.log(100, 10), math.log(10**400), math.log(10**400, 10), math.log2(2**1000 + 1))
print(math.log10(10**300 * 10**300), math.log1p(1e-20))
for args in [(2, 1), (2, 0), (0,), (-1,), (-10**400,), ("x",), (1, "x"), (), (1, 2, 3)]:
    show("log", *args)

print(math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([]))
print(math.fsum(iter([1, 2.5, True])))
for seq in [[1e308, 1e308], [inf, -inf], [inf, 1.0], [nan, 1.0], [1, "a"], 5]:
    show("fsum", seq)
print(math.hypot(), math.hypot(3, 4), math.hypot(3, 4, 12), math.hypot(-inf, nan), math.hypot(1e-320, 1e-320))
print(math.dist((1, 2), (4, 6)), math.dist([0.0] * 3, [1.0] * 3), math.dist((), ()))
show("dist", (1, 2), (3,))
show("dist", 1, 2)
show("hypot", 1, "a")
for a, b, kw in [(1.0, 1.0 + 1e-10, {}), (1.0, 1.1, {}), (1.0, 1.1, {"rel_tol": 0.2}), (0.0, 1e-10, {}),
                 (0.0, 1e-10, {"abs_tol": 1e-9}), (inf, inf, {}), (nan, nan, {}), (1, 1, {"rel_tol": -1})]:
    try:
        print("isclose", a, b, kw, math.isclose(a, b, **kw))
    except Exception as e:
        print("isclose", type(e).__name__, e)

class F:
    def __float__(self):
        return 2.5

class BadF:
    def __float__(self):
        return 1

class I:
    def __index__(self):
        return 3

class C:
    def __ceil__(self):
        return "ceil!"
    def __floor__(self):
        return "floor!"
    def __trunc__(self):
        return "trunc!"

print(math.sqrt(F()), math.sin(I()), math.ceil(C()), math.floor(C()), math.trunc(C()), math.ceil(F()))
show("sqrt", BadF())
show("sqrt", "4")
show("trunc", 2.5)
show("trunc", "x")
show("ceil", 10**30)
show("floor", -2.5)
show("exp", 10**400)
show("sin", 1j)
