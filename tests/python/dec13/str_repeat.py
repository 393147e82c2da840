# Decimal(str) of the same str objects again and again (literals in a loop,
# the same variable), valid and invalid, with traps on and off: each
# conversion gives the same value and signals the same conditions.
from decimal import Decimal, localcontext, InvalidOperation, ConversionSyntax, FloatOperation

texts = ["0.0825", "-0", "  12.50  ", "1_000.25", "\u0661\u0662.5", "1e5", "-1E-7", "NaN",
         "-sNaN42", "Inf", "-infinity", "18446744073709551616.5", "1e999999999999999999",
         "1e-2999999999999999999", "abc", "", "1.2.3", "0x10", "9" * 60, "1" + "0" * 47]
for rnd in range(3):
    for t in texts:
        with localcontext() as ctx:
            ctx.clear_flags()
            try:
                d = Decimal(t)
                print(rnd, repr(t[:20]), repr(d))
            except InvalidOperation as e:
                print(rnd, repr(t[:20]), "raises", [c.__name__ for c in e.args[0]] if e.args and isinstance(e.args[0], list) else type(e).__name__)
            ctx.traps[InvalidOperation] = False
            ctx.clear_flags()
            d = Decimal(t)
            print(" ", repr(d), sorted(k.__name__ for k, v in ctx.flags.items() if v))

for i in range(4):
    a = Decimal("0.0825")
    b = Decimal("1e999999999999999999")
    print(a, b, a * 100)

class S(str):
    def __str__(self):
        return "7"

print(repr(Decimal(S("3.5"))) in ("Decimal('3.5')", "Decimal('7')"))
with localcontext() as ctx:
    ctx.traps[InvalidOperation] = False
    for s in ("1.5", "bogus", "1.5"):
        ctx.clear_flags()
        print(repr(Decimal(s)), ctx.flags[InvalidOperation])
