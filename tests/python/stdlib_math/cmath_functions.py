# cmath over finite, huge, tiny, infinite and NaN parts: every function's
# value (signs of zeros included) or its error, plus conversions.
import cmath
import math

inf, nan = math.inf, math.nan
parts = [0.0, -0.0, 1.0, -1.0, 0.5, -2.5, 3.0, 1e-310, -1e-310, 1e300, -1e300, 1.7e308, 700.0, -720.0, inf, -inf, nan]
def mk(re, im):
    # complex(re, im) through a string keeps a -0.0 imaginary part on every runtime.
    s = repr(im)
    return complex(repr(re) + ("" if s.startswith("-") else "+") + s + "j")


names = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp", "log", "log10",
         "sin", "sinh", "sqrt", "tan", "tanh"]


def fmt(z):
    if isinstance(z, complex):
        return "(%r, %r)" % (z.real, z.imag) if False else "%s%s" % (repr(z.real), ("+" if math.copysign(1, z.imag) > 0 else "-") + repr(abs(z.imag)) + "j")
    return repr(z)


for name in names:
    f = getattr(cmath, name)
    out = []
    for re in parts:
        for im in parts:
            try:
                out.append(fmt(f(mk(re, im))))
            except (ValueError, OverflowError) as e:
                out.append(type(e).__name__[:2])
    print(name, " ".join(out))

for r in parts:
    row = []
    for phi in parts:
        try:
            row.append(fmt(cmath.rect(r, phi)))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__[:2])
    print("rect", r, " ".join(row))
for z in [0j, mk(-0.0, 0.0), mk(-1, -0.0), mk(-1, 0.0), 3 + 4j, mk(1e308, 1e308), mk(inf, nan), mk(nan, inf)]:
    try:
        print("polar", fmt(z), cmath.polar(z), cmath.phase(z), abs(z) if not math.isinf(z.real) or True else 0)
    except OverflowError as e:
        print("polar", fmt(z), type(e).__name__, e)
print(cmath.log(8, 2), cmath.log(1j, 1j), cmath.log(0, 2), cmath.log(-1, 10), cmath.log10(100))
for args in [(2, 0), (0,), (2, 1)]:
    try:
        print(cmath.log(*args))
    except Exception as e:
        print("log", args, type(e).__name__, e)
print(cmath.isclose(1, 1 + 1e-10j), cmath.isclose(1j, 1.1j), cmath.isclose(1j, 1.1j, rel_tol=0.2), cmath.isclose(0, 1e-10, abs_tol=1e-9))
print(cmath.isclose(complex(inf, 1), complex(inf, 1)), cmath.isclose(complex(inf, 1), complex(inf, 2)), cmath.isclose(nan, nan))
print(cmath.isfinite(1 + 1j), cmath.isfinite(complex(1, inf)), cmath.isinf(complex(nan, inf)), cmath.isnan(complex(1, nan)), cmath.isnan(1))


class C:
    def __complex__(self):
        return 1 + 2j


class F:
    def __float__(self):
        return 2.0


class I:
    def __index__(self):
        return 3


class Bad:
    def __complex__(self):
        return 1


print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.sqrt(I()), cmath.exp(True), cmath.phase(-1), cmath.rect(I(), F()))
for f in [lambda: cmath.sqrt(Bad()), lambda: cmath.sqrt("x"), lambda: cmath.sqrt(10 ** 400), lambda: cmath.isclose(1, 2, rel_tol=-1),
          lambda: cmath.rect("a", 1), lambda: cmath.exp(1000), lambda: cmath.cosh(complex(1000, 1)), lambda: cmath.atanh(1),
          lambda: cmath.log(0j), lambda: cmath.sinh(complex(inf, inf)), lambda: cmath.rect(1, inf), lambda: cmath.polar(complex(1.7e308, 1.7e308))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(sorted(n for n in dir(cmath) if not n.startswith("_")))
