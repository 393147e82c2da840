# Code point counts behind padding and precision in format specs and
# %-formatting: ASCII fields of every length around the eight-byte
# boundary, non-ASCII and astral characters after an ASCII run, lone
# surrogates, and str subclasses.
texts = ["", "a", "abcdefg", "abcdefgh", "abcdefghi", "abcdefghijklmnop",
         "abcdefgh\u00e9", "abcdefghijklmno\u00e9xyz", "\u00e9abcdefghij",
         "abcdefghijk\U0001f600", "abcdefgh\ud800ij", "x" * 23 + "\u20ac"]
for t in texts:
    print(ascii(f"[{t:>20}]"), ascii(f"[{t:*^21}]"), ascii(f"[{t:.9}]"),
          ascii("[%-20s]" % t), ascii("[%.10s]" % t), ascii("{:<19}|".format(t)))
    print(len(t), ascii(format(t, "10.3")))


class S(str):
    pass


sub = S("abcdefgh\u00e9")
print(ascii(f"{sub:>12}"), ascii(format(S("q" * 9), "^13")))
for n in [0, 7, 1234567, -98765432, 10 ** 12]:
    print(f"[{n:>20,}]", f"[{n:_^20}]", f"[{n:=+20}]", f"[{n:020,}]")
for x in [0.5, -1234.5678, 1e16, float("nan"), -float("inf")]:
    print(f"[{x:>24,.3f}]", f"[{x:^24e}]", f"[{x:024,.2f}]", "[%12.3f]" % x)
try:
    f"{'abc':=10}"
except ValueError as e:
    print("ValueError", e)
try:
    format("abc", "+10")
except ValueError as e:
    print("ValueError", e)
