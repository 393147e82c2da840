# Decimal.quantize's argument forms (positional, keyword, mixed, bad), its
# rounding modes, signals and results; error types only for binding errors.
from decimal import (Decimal, Context, localcontext, InvalidOperation, Inexact,
                     ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP,
                     ROUND_FLOOR, ROUND_CEILING, ROUND_HALF_DOWN, ROUND_05UP)

CENT = Decimal("0.01")
d = Decimal("1234.5651")


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "raises", type(e).__name__)


show("pos1", lambda: d.quantize(CENT))
show("pos2", lambda: d.quantize(CENT, ROUND_DOWN))
show("pos3", lambda: d.quantize(CENT, ROUND_UP, Context(prec=3)))
show("kw", lambda: d.quantize(CENT, rounding=ROUND_DOWN))
show("kwctx", lambda: d.quantize(CENT, context=Context(rounding=ROUND_UP)))
show("kw2", lambda: d.quantize(CENT, context=None, rounding=ROUND_FLOOR))
show("allkw", lambda: d.quantize(exp=CENT, rounding=ROUND_UP))
show("star", lambda: d.quantize(*[CENT], **{"rounding": ROUND_CEILING}))
show("nones", lambda: d.quantize(CENT, None, None))
show("missing", lambda: d.quantize())
show("unknown", lambda: d.quantize(CENT, foo=1))
show("twice", lambda: d.quantize(CENT, ROUND_UP, rounding=ROUND_UP))
show("toomany", lambda: d.quantize(CENT, ROUND_UP, None, 4))
show("badround", lambda: d.quantize(CENT, rounding="bogus"))
show("intround", lambda: d.quantize(CENT, rounding=3))
show("badctx", lambda: d.quantize(CENT, context=5))
show("float", lambda: d.quantize(0.01))
show("intexp", lambda: d.quantize(1))
show("unbound", lambda: Decimal.quantize(d, CENT, ROUND_HALF_DOWN))
show("unboundkw", lambda: Decimal.quantize(d, CENT, rounding=ROUND_05UP))
show("method", lambda: getattr(d, "quantize")(CENT, rounding=ROUND_HALF_EVEN))

modes = (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, ROUND_FLOOR,
         ROUND_CEILING, ROUND_HALF_DOWN, ROUND_05UP)
for s in ("2.345", "-2.345", "2.355", "-2.355", "2.3450001", "0.005", "-0.005", "-0",
          "18446744073709551.615", "18446744073709551615.995", "99999999999999999999999.995",
          "1.5E-30", "Infinity", "-Infinity", "NaN"):
    x = Decimal(s)
    out = []
    for m in modes:
        try:
            out.append(str(x.quantize(CENT, rounding=m)))
        except InvalidOperation:
            out.append("InvalidOperation")
    print(s, out)

with localcontext() as ctx:
    ctx.prec = 5
    ctx.clear_flags()
    show("toolong", lambda: Decimal("123456").quantize(CENT))
    ctx.traps[InvalidOperation] = False
    show("toolong-quiet", lambda: Decimal("123456").quantize(CENT))
    show("snan", lambda: Decimal("sNaN3").quantize(CENT))
    show("inf-finite", lambda: Decimal("Inf").quantize(CENT))
    show("inf-inf", lambda: Decimal("-Inf").quantize(Decimal("Inf")))
    print(sorted(k.__name__ for k, v in ctx.flags.items() if v))
    ctx.clear_flags()
    ctx.traps[Inexact] = True
    show("inexact", lambda: Decimal("1.005").quantize(CENT))
    show("exact", lambda: Decimal("1.000").quantize(CENT))
    show("widen", lambda: Decimal("1.5").quantize(Decimal("1E-4")))
    print(sorted(k.__name__ for k, v in ctx.flags.items() if v))
