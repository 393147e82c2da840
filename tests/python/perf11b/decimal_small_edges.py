# Decimal arithmetic around the uint64 coefficient boundary (10**19,
# 2**64): carries, alignment overflow, rounding modes, flags, negative
# zero and exponent limits, each result with the context's flags.
import decimal
from decimal import Decimal as D, Context, localcontext

MODES = [decimal.ROUND_UP, decimal.ROUND_DOWN, decimal.ROUND_CEILING, decimal.ROUND_FLOOR,
         decimal.ROUND_HALF_UP, decimal.ROUND_HALF_DOWN, decimal.ROUND_HALF_EVEN, decimal.ROUND_05UP]
SIGNALS = [decimal.Clamped, decimal.DivisionByZero, decimal.Inexact, decimal.InvalidOperation,
           decimal.Overflow, decimal.Rounded, decimal.Subnormal, decimal.Underflow]


def flags(c):
    return ",".join(s.__name__ for s in SIGNALS if c.flags[s])


def show(label, f, ctx=None):
    c = (ctx or Context()).copy()
    c.clear_flags()
    for s in SIGNALS:
        c.traps[s] = False
    with localcontext(c):
        try:
            r = f()
            print(label, str(r), r.as_tuple() if isinstance(r, D) else "", flags(c))
        except Exception as e:
            print(label, type(e).__name__, flags(c))


U64 = 2**64 - 1
edges = [D(9999999999999999999), D(10**19), D(U64), D(U64 + 1), D(2**63), D(2**32), D(1), D(0),
         D("-0"), D("0.0000000001"), D("1E+19"), D("18446744073709551.615"), D("-9999999999999999999"),
         D("1.8446744073709551616E+19"), D("123456789012345678.9")]

# Carries, borrows and alignment across the boundary, at precisions on
# either side of 20 digits.
for prec in (9, 19, 20, 21, 28, 40):
    ctx = Context(prec=prec)
    for i, x in enumerate(edges):
        for j, y in enumerate(edges):
            if (i * 7 + j * 3 + prec) % 4:
                continue
            show(f"p{prec} add {x} {y}", lambda: x + y, ctx)
            show(f"p{prec} sub {x} {y}", lambda: x - y, ctx)
            show(f"p{prec} mul {x} {y}", lambda: x * y, ctx)
            show(f"p{prec} div {x} {y}", lambda: x / y, ctx)
            show(f"p{prec} cmp {x} {y}", lambda: D((x > y) - (x < y)), ctx)

# Products right at 2**64.
for a, b in [(2**32, 2**32), (2**32 - 1, 2**32 + 1), (4294967291, 4294967311), (10**10, 10**9),
             (3, 6148914691236517205), (3, 6148914691236517206)]:
    show(f"mul {a} {b}", lambda: D(a) * D(b))
    show(f"mul- {a} {b}", lambda: D(-a) * D(b) * D("0.001"))

# Every rounding mode at the half-way points, both signs, quantize and
# context rounding.
for mode in MODES:
    for s in ("2.345", "2.355", "-2.345", "-2.355", "2.3450000000000000001", "9.995", "-9.995",
              "0.005", "-0.005", "18446744073709551.615", "9999999999999999.995", "2.301", "2.3"):
        show(f"q {mode} {s}", lambda: D(s).quantize(D("0.01"), rounding=mode))
    ctx = Context(prec=3, rounding=mode)
    for s in ("1.005", "999.5", "-999.5", "9995", "0.0012345", "-18446744073709551615", "1234"):
        show(f"plus {mode} {s}", lambda: +D(s), ctx)
        show(f"add {mode} {s}", lambda: D(s) + D("0.0001"), ctx)

# Negative zero.
for mode in MODES:
    ctx = Context(rounding=mode)
    show(f"nz {mode} a", lambda: D("-0") + D("0"), ctx)
    show(f"nz {mode} b", lambda: D("-0") + D("-0"), ctx)
    show(f"nz {mode} c", lambda: D("1.5") - D("1.50"), ctx)
    show(f"nz {mode} d", lambda: D("-0.00") * D(5), ctx)
    show(f"nz {mode} e", lambda: D("-0.001").quantize(D("0.01")), ctx)
    show(f"nz {mode} f", lambda: D("-0") / D(3), ctx)

# Exponent limits: overflow, subnormal results, underflow and clamping.
small = Context(prec=9, Emax=99, Emin=-99)
clamped = Context(prec=9, Emax=99, Emin=-99, clamp=1)
for ctx in (small, clamped):
    show("ovf mul", lambda: D("9E+98") * D(10), ctx)
    show("ovf add", lambda: D("999999999E+91") + D("1E+91"), ctx)
    show("max", lambda: D("999999999E+91") + D(0), ctx)
    show("clamp", lambda: D("1E+99") + D(0), ctx)
    show("clamp2", lambda: D("12E+97") * D(1), ctx)
    show("sub", lambda: D("1E-99") / D(3), ctx)
    show("sub2", lambda: D("123E-105") * D(1), ctx)
    show("sub3", lambda: D("123456789E-110") + D(0), ctx)
    show("unf", lambda: D("1E-99") * D("1E-20"), ctx)
    show("zero", lambda: D("0E-300") + D("0E+300"), ctx)
    show("q", lambda: D("1.23").quantize(D("1E-120")), ctx)
    show("q2", lambda: D("123456789").quantize(D("0.1")), ctx)

# Exact and inexact divisions of short operands.
for a, b in [(1, 8), (1, 3), (7, 1024), (1, 2**63), (10**18, 5**27), (3, 5**30), (100, 16),
             (U64, 2**40), (U64, 10), (2, 3), (123456, 100)]:
    show(f"div {a} {b}", lambda: D(a) / D(b))
    show(f"div9 {a} {b}", lambda: D(a) / D(b), Context(prec=9))

# Conversions and text of values either side of the boundary.
for v in (U64, U64 + 1, 10**19, 10**19 - 1, -(2**63), 2**63, 10**20 + 7):
    d = D(v)
    print(v, str(d), repr(-d), d.to_eng_string(), int(d), float(d) == float(v), hash(d) == hash(v),
          D((0, tuple(int(c) for c in str(abs(v))), -3)), f"{d:,.2f}", d.scaleb(-25), abs(d).sqrt())
print(hash(D("1.50")) == hash(D("1.5")), hash(D("-0")) == hash(0), D("1E+19") == 10**19,
      D("1.8446744073709551615E+19") == U64, D("0.1") < D("0.10000000000000000001"))
print(D("NaN18446744073709551616") + 1, D("-sNaN123").copy_abs(), Context(prec=5).plus(D("NaN1234567")))

# Traps raise with the flags set.
c = Context(prec=5, traps=[decimal.Inexact])
try:
    c.add(D(99999), D(1))
    c.add(D(99999), D("0.1"))
except decimal.Inexact:
    print("Inexact trapped", flags(c))


class Money(D):
    pass


m = Money("12.345")
m.currency = "EUR"
print(type(m).__name__, m, m.currency, vars(m), m + 1, type(m + 1).__name__)
