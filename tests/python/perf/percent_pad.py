# str % args: padded, signed and zero-filled conversions of ints, floats and
# strs (made in a scratch buffer, then padded into the output), ASCII and
# non-ASCII formats.
vals = [0, 7, -7, 255, -255, 123456789, -2**63, 2**63 - 1, 2**64, True, 3.5, -0.25, 1e20,
        float("nan"), float("-inf"), "ab", "h\xe9llo", "", "\u20ac"]
convs = ["d", "i", "u", "x", "X", "o", "e", "E", "f", "F", "g", "G", "s", "r", "a"]
flags = ["", "-", "+", " ", "0", "#", "-0", "+0", "#0", "- ", "#-"]
widths = ["", "1", "5", "12"]
precs = ["", ".0", ".3", ".10"]
out = []
for conv in convs:
    for fl in flags:
        for w in widths:
            for p in precs:
                fmt = "%" + fl + w + p + conv
                row = []
                for v in vals:
                    try:
                        row.append(fmt % v)
                    except (TypeError, ValueError, OverflowError) as e:
                        row.append(type(e).__name__)
                out.append(fmt + " " + "|".join(row))
print(len(out))
for line in out:
    print(line)
print("%5d %-8s %.2f %x %r %%" % (42, "name", 3.14159, 255, "q"))
print("\xe9%5s\u20ac%-4d|%+.1f" % ("\xe9", 3, 2.25))
print("%(a)5s|%(b)-6x|" % {"a": "x", "b": 31})
print("%*d|%-*.*f|" % (6, 42, 9, 2, 3.14159))
for bad in [("%d", "x"), ("%x", 1.5), ("%5d", None), ("%d %d", (1,)), ("%5s", ())]:
    try:
        print(bad[0] % bad[1])
    except TypeError as e:
        print(type(e).__name__, e)
class I(int):
    def __str__(self):
        return "I!"
print("%5d|%-5x|%s|%5s" % (I(3), I(10), I(4), I(5)))
for s in ["it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\there", "nl\n", "\x7f", "~ok~", ""]:
    print("%r|%6r|%-12r|%a|%s" % (s, s, s, s, s))
print("%r %r %r %a" % (1.0, -0.0, 1e-7, 2**70))
