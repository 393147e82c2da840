# Decimal's number slots and comparisons through the fast operand path:
# exact Decimals, subclasses, unboxed and big ints, specials, flags, traps.
import decimal
from decimal import (Decimal, localcontext, getcontext, InvalidOperation,
                     DivisionByZero, Inexact, Rounded, Overflow, Underflow,
                     ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP,
                     ROUND_FLOOR, ROUND_CEILING, ROUND_HALF_DOWN, ROUND_05UP)


class D(Decimal):
    pass


def show(label, f):
    try:
        r = f()
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, "raises", type(e).__name__)


vals = [Decimal("1.25"), Decimal("-0"), Decimal("0"), D("2.5"), 7, -3, 0,
        2**64, -(2**64) + 1, 2**63, -(2**63), 10**30, Decimal("18446744073709551615"),
        Decimal("18446744073709551616"), Decimal("-9.99E+999999"), Decimal("1E-1000000")]
for i, a in enumerate(vals):
    for j, b in enumerate(vals):
        if not isinstance(a, Decimal) and not isinstance(b, Decimal):
            continue
        for name, f in (("+", lambda: a + b), ("-", lambda: a - b), ("*", lambda: a * b),
                        ("/", lambda: a / b), ("//", lambda: a // b), ("%", lambda: a % b)):
            show(f"{i}{name}{j}", f)
        print(i, j, a < b, a <= b, a == b, a != b, a > b, a >= b)

# Results of arithmetic on a subclass are exact Decimals.
print(type(D(1) + D(2)).__name__, type(D(1) + 2).__name__, type(2 * D(3)).__name__)

# Unsupported operands.
show("dec+float", lambda: Decimal(1) + 1.5)
show("dec+str", lambda: Decimal(1) + "1")
show("none*dec", lambda: None * Decimal(1))
print(Decimal(1) == 1.0, Decimal("0.5") == 0.5, Decimal(1) == "1", Decimal(1) != None)

# NaN comparisons: equality is quiet, ordering signals (trapped by default).
nan, snan = Decimal("NaN"), Decimal("sNaN")
with localcontext() as ctx:
    ctx.clear_flags()
    print(nan == nan, nan != 1, nan == 1, 1 == nan)
    print(ctx.flags[InvalidOperation])
    show("nan<1", lambda: nan < 1)
    show("1<nan", lambda: 1 < nan)
    show("snan==1", lambda: snan == 1)
    ctx.traps[InvalidOperation] = False
    print(nan < 1, nan >= Decimal(0), Decimal(2) > nan, ctx.flags[InvalidOperation])
    print(repr(snan + 1), repr(1 - nan), repr(Decimal("-sNaN12") * 3))
    ctx.traps[DivisionByZero] = False
    print(repr(Decimal(1) / 0), repr(Decimal(-1) / Decimal("-0")), ctx.flags[DivisionByZero])

inf = Decimal("Infinity")
for a in (inf, -inf):
    for b in (inf, -inf, Decimal(1), -5, 0):
        show(f"{a}+{b}", lambda: a + b)
        show(f"{a}*{b}", lambda: a * b)
        print(a < b, a == b, a > b)

# Flags and traps of the arithmetic, each rounding mode.
for mode in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, ROUND_FLOOR,
             ROUND_CEILING, ROUND_HALF_DOWN, ROUND_05UP):
    with localcontext() as ctx:
        ctx.prec = 5
        ctx.rounding = mode
        ctx.clear_flags()
        rs = [Decimal("1.23455") + 0, Decimal("-1.23455") + Decimal("0.000001"),
              Decimal("99999.5") * 1, Decimal(2) / 3, Decimal(-2) / 3,
              Decimal("12345") * 10, Decimal("-0") - Decimal("0"), Decimal(1) - 1,
              Decimal("18446744073709551615") + 1, Decimal(10**20) * 10**20]
        print(mode, [str(r) for r in rs], sorted(k.__name__ for k, v in ctx.flags.items() if v))
        ctx.traps[Inexact] = True
        show("trap", lambda: Decimal(1) / 3)
        show("exact", lambda: Decimal(1) / 4)

with localcontext() as ctx:
    ctx.Emax, ctx.Emin, ctx.prec = 10, -10, 4
    ctx.traps[Overflow] = False
    ctx.traps[Underflow] = False
    print(repr(Decimal("9E10") * 10), repr(Decimal("1E-10") / 10**5), repr(Decimal("-1E-10") * Decimal("1E-5")))
    print(sorted(k.__name__ for k, v in ctx.flags.items() if v))
    ctx.clamp = 1
    print(repr(Decimal("1E10") + 0), repr(Decimal(0) * Decimal("1E20")))

# Big-int operands crossing the uint64 boundary.
for n in (2**64 - 1, 2**64, -(2**64), 2**127, 10**19, 10**20 - 1):
    d = Decimal(n)
    print(repr(d + 1), repr(d - n), repr(d * -1), d == n, d < n + 1, d > n - 1, hash(d) == hash(n))

# Negative zero.
z = Decimal("-0")
print(repr(z + 0), repr(z + z), repr(z * 5), repr(-5 * z), repr(z - 0), z == 0, z < 0)
with localcontext(rounding=ROUND_FLOOR):
    print(repr(Decimal(0) + z), repr(Decimal(1) - 1), repr(Decimal("0.00") - Decimal("0.0")))
print(repr(getcontext().flags[Rounded]) in ("True", "False"))
