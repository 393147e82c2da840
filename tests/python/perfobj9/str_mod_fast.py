# str % args in the shapes the fast path takes (d, i, x, s, f with a zero
# flag, width and precision; unboxed ints, floats, exact strs) and the ones
# next to them that the general path must still get right.
vals = [0, 1, -1, 7, -42, 255, -255, 10**15, -(10**15), 2**62, -(2**63)]
ispecs = ["%d", "%i", "%x", "%s", "%5d", "%05d", "%-5d", "%+d", "% d", "%3x", "%08x", "%X", "%#x",
          "%o", "%00d", "%025d", "%.3d", "%f", "%.1f", "%010.2f", "<%d>", "%d%d"]
for v in vals:
    print("%d|%i|%x|%s|%5d|%05d|%-5d|%+d|% d|%3x|%08x|%X|%#x|%o" % ((v,) * 14))
    out = []
    for spec in ispecs:
        try:
            out.append(spec % v)
        except TypeError as e:
            out.append("TypeError " + str(e))
    print("|".join(out), "%d %s %x" % (v, v, v))
floats = [0.0, -0.0, 1.5, 2.5, -2.5, 0.125, 1e-7, 123456.789, -0.005, 0.005, 1e15,
          3.14159, 2.675, 1.0000005, 9.995, 1e49, 1e50, 1e300, float("inf"), float("-inf"),
          float("nan"), 7, -3]
fspecs = ["%f", "%.2f", "%.0f", "%.f", "%10.3f", "%010.3f", "%-10.2f", "%+.1f", "%e", "%g", "%s",
          "%r", "%3.1f", "%.50f", "%.12f", "%d", "%x", "[%.3f]"]
for f in floats:
    print("%f|%.2f|%.0f|%.f|%10.3f|%010.3f|%-10.2f|%+.1f|%e|%g|%s|%r" % ((f,) * 12))
    out = []
    for spec in fspecs:
        try:
            out.append(spec % f)
        except (TypeError, ValueError, OverflowError) as e:
            out.append(type(e).__name__ + " " + str(e))
    print("|".join(out), "%.2f/%.3f" % (f, f))
print("%.20f|%.50f|%.51f" % (0.1, 0.1, 0.1))
for s in ["", "a", "abc", "héllo", "日本", "\udcff", "x" * 200]:
    print(repr("[%s]|[%5s]|[%-5s]|[%.2s]|[%05s]|%r" % ((s,) * 6)))
    print(repr("[%s]" % s), repr("[%5s]" % s), repr("%s%s" % (s, s)), repr("%3s:%d" % (s, len(s))))
print("item%d" % 5, "%x-%d" % (255, 3), "%d.%d.%d" % (1, 2, 3), "%.2f" % 2.675, "%05d" % 42)
print("user \"%d\"\n" % 7, "u%d@example.org" % 3, "%d Main St" % 12, "%05d" % (7 * 7 % 100000))
print("100%% %s" % "sure", "%s%%" % 50, "%%", "%s" % "x", "%s" % ("x",), "%d%%" % 3)
print("%s and %s" % ("a", 1), "%s" % 2**70, "%d" % 2**70, "%x" % 2**70, "%s" % 1.5, "%s" % True)
print("%d" % True, "%d" % 3.99, "%d" % -3.99, "%x" % False, "%f" % True, "%.1f" % 2**60)
class S(str):
    def __str__(self):
        return "S!"
class I(int):
    def __str__(self):
        return "I!"
    def __repr__(self):
        return "I?"
print("%s|%d|%s|%r" % (S("s"), I(4), I(5), I(6)), "%s" % S("t"), "%d" % I(8))
print("%s" % [1, 2], "%s" % {"a": 1}, "%(a)s" % {"a": 5}, "%s %s" % (None, ()), "%s" % ((1, 2),))
print(S("%d-%s") % (1, "b"), type(S("%d") % 1).__name__)
for bad in [("%d", "x"), ("%d", (1, 2)), ("%d %d", (1,)), ("abc", 5), ("abc", "x"), ("%", 1),
            ("%y", 1), ("%s %s", "ab"), ("%x", 1.5), ("%.2f", "x"), ("%d", None), ("%(a)d", 5),
            ("%5", 3), ("%.", 3.0), ("%s", ()), ("%d", ())]:
    try:
        print(repr(bad[0] % bad[1]))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print("%s" % "", "%d" % 0, "%s" % "é", len("%s%s" % ("é", "ü")), ("%s" % "日本")[1])
print(["%3d|%-3s|%.3f" % (i, chr(97 + i), i / 7) for i in range(5)])
print(("%d" % 12345)[1:3], ("%s-%s" % ("ab", "cd")).upper(), hash("%d" % 5) == hash("5"))
