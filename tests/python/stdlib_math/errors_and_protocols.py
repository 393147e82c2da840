# math's argument conversion protocols (__float__, __index__, __ceil__,
# __floor__, __trunc__) and its error messages.
import math

def show(label, f):
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(label, repr(r))

class F:
    def __float__(self):
        return 0.25

class FSub(float):
    pass

class BadF:
    def __float__(self):
        return "no"

class Idx:
    def __index__(self):
        return 2

class Rounding:
    def __ceil__(self):
        return "c"
    def __floor__(self):
        return "f"
    def __trunc__(self):
        return "t"

class IntSub(int):
    pass

print(math.sqrt(F()), math.exp(FSub(1.0)), math.sqrt(Idx()), math.pow(Idx(), F()), math.hypot(F(), Idx()))
print(math.ceil(Rounding()), math.floor(Rounding()), math.trunc(Rounding()), math.ceil(FSub(1.5)), math.floor(IntSub(3)))
print(math.fsum([F(), Idx(), 1]), math.isfinite(Idx()), math.isnan(F()), math.copysign(Idx(), -0.0))
show("sqrt BadF", lambda: math.sqrt(BadF()))
show("sqrt None", lambda: math.sqrt(None))
show("sqrt str", lambda: math.sqrt("1"))
show("sqrt complex", lambda: math.sqrt(1j))
show("ceil str", lambda: math.ceil("1"))
show("floor None", lambda: math.floor(None))
show("trunc str", lambda: math.trunc("1"))
show("sqrt -1", lambda: math.sqrt(-1))
show("log 0.0", lambda: math.log(0.0))
show("log -inf", lambda: math.log(-math.inf))
show("acos 2", lambda: math.acos(2))
show("asin -2", lambda: math.asin(-2))
show("acosh 0", lambda: math.acosh(0))
show("atanh 1", lambda: math.atanh(1))
show("exp 1000", lambda: math.exp(1000))
show("exp2 1025", lambda: math.exp2(1025))
show("expm1 800", lambda: math.expm1(800))
show("cosh 1000", lambda: math.cosh(1000))
show("sinh -1000", lambda: math.sinh(-1000))
show("gamma 0", lambda: math.gamma(0))
show("gamma -1", lambda: math.gamma(-1))
show("gamma 200", lambda: math.gamma(200))
show("lgamma -2", lambda: math.lgamma(-2))
show("lgamma 1e308", lambda: math.lgamma(1e308))
show("pow 0 -1", lambda: math.pow(0, -1))
show("pow -1 0.5", lambda: math.pow(-1, 0.5))
show("pow 10 400", lambda: math.pow(10, 400))
show("fmod inf", lambda: math.fmod(math.inf, 1))
show("fmod 1 0", lambda: math.fmod(1, 0))
show("remainder inf", lambda: math.remainder(math.inf, 1))
show("remainder 1 0", lambda: math.remainder(1, 0))
show("tan inf", lambda: math.tan(math.inf))
show("sin inf", lambda: math.sin(-math.inf))
show("cos nan", lambda: math.cos(math.nan))
show("fsum overflow", lambda: math.fsum([1e308, 1e308]))
show("fsum inf-inf", lambda: math.fsum([math.inf, -math.inf]))
show("fsum nan", lambda: math.fsum([math.nan, 1.0]))
show("fsum inf", lambda: math.fsum([math.inf, 1e308, 1e308]))
show("isclose neg", lambda: math.isclose(1, 1, abs_tol=-1))
show("isclose kw", lambda: math.isclose(1, 2, rel_tol="x"))
show("atan2 str", lambda: math.atan2("a", 1))
show("ceil inf", lambda: math.ceil(math.inf))
show("floor nan", lambda: math.floor(math.nan))
show("trunc -inf", lambda: math.trunc(-math.inf))
show("ulp inf", lambda: math.ulp(math.inf))
print(math.ulp(0.0), math.ulp(-1.0), math.ulp(1e308), math.ulp(5e-324), math.ulp(math.nan))
print(math.nextafter(0.0, 1.0), math.nextafter(0.0, -1.0), math.nextafter(1.0, 1.0), math.nextafter(math.inf, 0), math.nextafter(-0.0, 0.0))
print(math.remainder(10, 3), math.remainder(11, 3), math.remainder(-10, 3), math.remainder(5.5, 2), math.fmod(-10, 3), math.fmod(10, -3))
print(math.copysign(1, -0.0), math.copysign(math.inf, -1), math.copysign(math.nan, -1.0) != 0)
print(math.frexp(0.0), math.frexp(-0.0), math.frexp(1e-320), math.frexp(math.inf), math.modf(-3.5), math.modf(math.inf), math.modf(-math.inf))
print(math.degrees(math.pi), math.radians(180), math.isinf(1e308 * 10), math.isfinite(-0.0))
print(math.gamma(0.5), math.gamma(5), math.gamma(-0.5), math.lgamma(0.5), math.lgamma(100), math.lgamma(-0.5))
print(sorted(n for n in dir(math) if not n.startswith("_")))
print(math.__name__, math.__doc__)
