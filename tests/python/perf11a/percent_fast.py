# str % args fast path: the '-' flag, %r and %s of floats, and the shapes
# that must still take the general path (escapes, subclasses, errors).


class S(str):
    def __repr__(self):
        return "S-repr"

    def __str__(self):
        return "S-str"


class I(int):
    def __repr__(self):
        return "I-repr"


class F(float):
    def __repr__(self):
        return "F-repr"


vals = [0, 7, -42, 123456789, 2**70, 1.5, -0.0, 1e300, float("inf"), float("nan"),
        "ab", "", "it's", 'q"q', "back\\slash", "tab\t", "é", "日本", S("x"), I(5), F(2.5),
        True, None, [1, "a"], (1,)]
fmts = ["%s", "%r", "%-8s", "%8s", "%-8r", "%8r", "%-5d", "%-05d", "%0-5d", "%5d", "%-3s|",
        "%--6s|", "%-x", "%-8.2f|", "%-1s", "%a", "[%-12r]", "%-5x"]
for f in fmts:
    for v in vals:
        try:
            print(repr(f), repr(v), repr(f % (v,)))
        except Exception as e:
            print(repr(f), repr(v), type(e).__name__, e)
        try:
            print(repr(f), "bare", repr(f % v))
        except Exception as e:
            print(repr(f), "bare", type(e).__name__, e)

for i in range(-3, 300, 37):
    name = "user%d" % (i % 97)
    print("%5d %-8s %.2f %x %r %%" % (i, name, i / 7.0, i, name))
    print("%-6d|%-6r|%r|%s" % (i, i, i / 3, i / 3))
print("%r %%" % ("x",))
print("%-4s%-4s" % ("a", "b"))
for bad in ["%-r %r", "%-8s"]:
    try:
        print(bad % ("a",))
    except TypeError as e:
        print("TypeError", e)
try:
    print("%-8s %s" % ("a", "b", "c"))
except TypeError as e:
    print("TypeError", e)
try:
    print("%-8z" % ("a",))
except ValueError as e:
    print("ValueError", e)
print("%-8s|" % {"k": 1})
print("%(a)-6s|%(b)r" % {"a": "x", "b": 1.25})
