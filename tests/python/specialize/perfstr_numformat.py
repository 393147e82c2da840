# perfstr: int.__format__ of small ints without math/big, and the one-pass
# layout of numbers and padded strs: every presentation type, fill, align,
# sign, '#', '0', width, grouping; big ints, bools, subclasses, errors.

class I(int):
    pass


values = [0, 1, -1, 7, -42, 255, 1000, -123456789, 2**31, -2**63, 2**63 - 1, 2**63, -2**64, 10**25, True, I(-77)]
specs = ["", "d", "5", "<6", "^7", "=+8", "x", "#x", "X", "#X", "#o", "b", "#b", "08", "08x", "#010x",
         "+", " ", "-", ",", "_", "_x", "_b", "12,", "012,", "0=12,", "*^9", "é>6", "\U0001f600<5", "\ud800>4",
         "n", "10n", "c", "e", ".2f", "%", "+.3g", "08.2f", ">12.4e", "x<14,.1f"]
for v in values:
    row = []
    for sp in specs:
        try:
            row.append(format(v, sp))
        except (ValueError, OverflowError, TypeError) as e:
            row.append("%s:%s" % (type(e).__name__, e))
    print(repr(v), ascii(row))

for sp in ["", "<8", ">8", "^9", ".2", "x^10", "é<5", "=5", "+", "#", "d", "5.1s", "0>4", "010"]:
    for s in ["abc", "", "é\udc80ß", "longer than width"]:
        try:
            print(repr(sp), ascii(format(s, sp)))
        except ValueError as e:
            print(repr(sp), "ValueError", e)

for f in [0.0, -0.0, 1.5, -2.25, 1e20, 1.23456789e-7, float("inf"), float("nan"), 123456.789]:
    print(ascii([format(f, sp) for sp in ["", "10.3f", "<12e", "=+14,.2f", "z.1f", "%", "08.3%", "#g", "X^15G", "_.1f", "n"]]))

n = 0
for i in range(-300, 300, 7):
    n += len(f"{i:>8}|{i:#x}|{i:08b}|{i:,}|{i:+}|{i: 5d}|{i:X}|{i:_o}")
print(n, f"{12345678:_x}", f"{-255:#06x}", f"{255:=+#8X}", f"{5:^#8b}")

# float repr built in one allocation
import math
for f in [0.0, -0.0, 1.5, 1e16, 1e-7, 123456789.123, math.inf, -math.inf, math.nan, 5e-324, 1.7976931348623157e308, 0.1 + 0.2]:
    print(repr(f), str(f), len(repr(f)), repr(f).isascii(), f"{f}", "%s|%r" % (f, f), [f])


class F(float):
    pass


print(repr(F(2.5)), str(F(3.0)), hash(repr(1.25)) == hash("1.25"))
