# format() of int, float and str: the results, their lengths and
# ASCII-ness (non-ASCII fills), identity of unchanged strs, subclasses and
# error messages.

class S(str):
    pass


class F(float):
    def __str__(self):
        return "F!"


class I(int):
    def __format__(self, spec):
        return "I<" + spec + ">"


ints = [0, 7, -7, 255, -255, 1234567, -1234567, 2**62, -2**63]
int_specs = ["d", ">8", "<8", "^9", "08", "+d", " d", ",", "_", "_x", "#x", "#X", "X",
             "#o", "#b", "08b", "*^12,", "é>10", "😀<6", "=+10", "0=12,", "n", "10n", "c"]
for i in ints:
    row = []
    for spec in int_specs:
        try:
            r = format(i, spec)
            row.append((r, len(r), r.isascii()))
        except (ValueError, OverflowError) as e:
            row.append((type(e).__name__, str(e)))
    print(i, row)

floats = [0.0, -0.0, 1.5, -1.5, 3.14159, 1e20, -2.5e-7, 12345.678, float("inf"), float("nan")]
float_specs = ["", "f", ".2f", "10.3f", "<10.1f", "^12.4e", "e", "E", "g", ".3g", "G", "%",
               ".1%", "+.2f", " f", ",.2f", "_.1f", "015.3f", "é>12.2f", "z.1f", "n", "#.0f",
               "r", ".0e", "=+12.3", "10"]
for f in floats:
    row = []
    for spec in float_specs:
        try:
            r = format(f, spec)
            row.append((r, len(r), r.isascii()))
        except ValueError as e:
            row.append((type(e).__name__, str(e)))
    print(f, row)

strs = ["", "a", "abc", "héllo", "日本語", "x" * 40]
str_specs = ["", "s", "5", "<5", ">7", "^8", "*^9", "é<6", ".2", "8.2", "😀>4", "=5", "+5",
             "#5", "z5", "d", ".0"]
for s in strs:
    row = []
    for spec in str_specs:
        try:
            r = format(s, spec)
            row.append((r, len(r), r.isascii(), r is s))
        except ValueError as e:
            row.append((type(e).__name__, str(e)))
    print(repr(s), row)

# Subclasses: str.__format__ returns an unchanged subclass instance itself.
s = S("abc")
for spec in ["", "s", "3", "5", ".2"]:
    r = format(s, spec)
    print(repr(spec), repr(r), type(r).__name__, r is s)
print(format(F(2.5), ""), format(F(2.5), ".2f"), format(F(2.5), ">6"))
print(format(I(5), "x"), f"{I(5):>4}", "{:d}".format(I(5)))
print(format(True, "d"), format(True, ">5"), format(True, ""), f"{False:#x}")

# f-strings and str.format through the same paths.
for i in range(-3, 4):
    f = i / 7
    print(f"{i:>4}|{f:8.3f}|{'ab':^6}|{i:#06x}|{f:.2%}|{i:,}|{f:e}")
    print("{0:>5}{1:<8.2f}{name:*^9}".format(i, f, name="nm"))

# Keyword arguments collected into **kwargs by a builtin keep their order.
d = {"k%d" % i: i for i in range(12)}
print("{k0}{k5}{k11}".format(**d))
print(dict(**d) == d, list(dict(b=1, a=2, c=3, **{"z": 0, "y": 9})))
print("{a}-{b}".format(a=1, b=2, c=3, d=4, e=5, f=6, g=7, h=8))

for bad in [(1, "q"), (1.5, "d"), ("s", "x"), (1, ".2d"), (1, "z"), (2**70, "c"), (-1, "c"),
            (1.5, "\u0661\u0662.3f"), (1, "\u0663d"), ("s", "\u0664")]:
    try:
        r = format(*bad)
        print(repr(bad), repr(r))
    except (ValueError, OverflowError) as e:
        print(repr(bad), type(e).__name__, e)
