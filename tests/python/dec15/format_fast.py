# Decimal.__format__: cached specs and the one-buffer layout for every
# alignment, fill (ASCII and not), sign, grouping, precision and type;
# zero padding, 'n' and locale overrides take the general path.
from decimal import *

vals = ["0", "-0", "1234567.891", "-1234567.891", "0.000123", "1E+7", "-9.995", "123", "1234", "12345678901234567890.12345",
        "Infinity", "-Infinity", "NaN", "-sNaN12", "0.5", "-0.004", "1E-9", "99999.995", "5e3"]
specs = ["", ">14,.2f", "<14,.2f", "^15,.2f", "=+14,.2f", "*>20,.3f", "é^21,.1f", ">9.3%", ",.0f", ",", ",.2e", ".3E", "+.4g", " G",
         "12", "-^12", "z.2f", "z,.1f", "014,.2f", "=010.1f", "0.2f", ".2n", ",g", "_<8", ">+,f", "%", ".0%", ",.2%", "20,.5e"]
for v in vals:
    d = Decimal(v)
    row = []
    for s in specs:
        try:
            row.append(repr(format(d, s)))
        except Exception as e:
            row.append(type(e).__name__ + ": " + str(e))
    print(v, " | ".join(row))
for i in range(3):
    for s in specs[:8]:
        print(f"{Decimal('12.5') * i:{s}}", end=";")
    print()
print(f"{Decimal('1234567.5'):>14,.2f}{Decimal('0.0325'):>9.3%}")
print(format(Decimal("1234567.891"), ",.2f"), Decimal("1234567.891").__format__("n", {"thousands_sep": ".", "decimal_point": ",", "grouping": "\x03\x00"}))
print(Decimal("1234567.891").__format__(".10n", {"thousands_sep": "'", "decimal_point": ".", "grouping": "\x02\x03\x00"}))
for bad in (">>5", ",,", ".f", "5.2x", "=<5"):
    try:
        format(Decimal(1), bad)
    except ValueError as e:
        print(bad, e)
setcontext(Context(capitals=0))
print(format(Decimal("1.5E+40"), ""), format(Decimal("1.5E+40"), ","), format(Decimal("1.5E+40"), "^30"))
with localcontext(rounding=ROUND_DOWN):
    print(format(Decimal("2.675"), ".2f"), format(Decimal("-2.675"), ">10,.2f"))
