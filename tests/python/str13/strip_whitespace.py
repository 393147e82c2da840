# str.strip(), lstrip() and rstrip() without arguments: ASCII and Unicode
# whitespace at either end, non-ASCII text inside, empty and all-space
# strs, subclasses, and the identity of an unchanged exact str.
cases = [
    "", " ", "   ", "\t\n\r\x0b\x0c x \t", "x", " x ", "ab c", "  ab c  ",
    "\x1c\x1d\x1e\x1fmid\x1f", "\x85x\x85", "\xa0 x \xa0", "\u3000\u2003x\u2028",
    "caf\u00e9", " caf\u00e9 ", "\u00e9 \u00e9", "\u00e9", " \u00e9", "\u00e9 ",
    " \ud800 ", "\udfff", "\U0001f600 \U0001f600 ", " \u200b ", "\u180e x",
    " \xa0\x85\u2029 ", "x" * 40 + " " * 9, " " * 17 + "\u00e9" + " " * 3,
]
for s in cases:
    print(ascii(s), ascii(s.strip()), ascii(s.lstrip()), ascii(s.rstrip()),
          len(s.strip()), s.strip() == s.lstrip().rstrip())

for s in ["abc", "caf\u00e9", "x y"]:
    print(s.strip() is s, s.lstrip() is s, s.rstrip() is s)


class S(str):
    pass


t = S(" sub ")
r = t.strip()
print(type(r).__name__, ascii(r), type(S("q").strip()).__name__)
print(" a b ".strip(None), ascii(" \u00e9 ".rstrip(None)))
print("xxhixx".strip("x"), "\u00e9\u00e9h\u00e9".strip("\u00e9"))
try:
    " a ".strip(1)
except TypeError as e:
    print("TypeError", e)
try:
    " a ".lstrip(None, None)
except TypeError as e:
    print("TypeError", e)
