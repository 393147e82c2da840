# perfstr: str.format / format_map through parsed-format programs (cached by
# text) and str % through pooled buffers: every field kind, conversions,
# errors raised in order after earlier fields ran, and reentrancy.

log = []


class P:
    def __init__(self, x):
        self.x = x

    def __format__(self, spec):
        log.append(spec)
        return "<P %s %s>" % (self.x, spec)

    def __repr__(self):
        return "P(%r)" % (self.x,)

    def __str__(self):
        return "str-P"


class D(dict):
    def __missing__(self, key):
        return "missing:" + key


class S(str):
    pass


for rnd in range(3):  # first call compiles, later ones run the cached program
    print("{0}-{1:>6}-{name}-{p.x:.1f}".format(rnd, "nm", name="n", p=P(rnd / 3)))
    print("{:^20}|{:+.3g}|{:%}".format("nm", rnd * 1000.5, rnd / 100))
    print("{{x}} {} {!r} {d[k]} {l[1]} }}{{".format("a", "b", d={"k": 5}, l=[1, 2]))
    print(repr("{!s} {!r} {!a} {:x>9}".format(P(1), P("é"), "é\udc80", P(2))))
    print("{0[0]}{0[1][0]}{1.x.x}".format(["a", ("b",)], P(P("deep"))))
    print(repr("é{0}ü{0:}ß{0!s:>3}".format("\ud800x")))
    print("{k}".format_map({"k": rnd}), "{k} {z}".format_map(D(k="v")))
    print(repr("{}{}".format("", "")), repr("{}".format("q")), repr("{0}{0}".format(S("s"))))
    print(type("{}".format(S("sub"))).__name__, type("{:>1}".format(S("sub"))).__name__)
    print("{:{}}|{:{w}.{p}f}".format("nested", 8, 3.14159, w=9, p=2))
    print(log[-3:])

cases = [
    ("{0}{}", (1, 2), {}),
    ("{}{0}", (1, 2), {}),
    ("{2}", (1,), {}),
    ("{}{}{}", (1, 2), {}),
    ("{name}", (), {}),
    ("{name.attr}", (), {"name": 5}),
    ("{0[x]}", ({},), {}),
    ("{0!x}", (1,), {}),
    ("{0:d}", ("s",), {}),
    ("{0:>4}{", (P("ran"),), {}),
    ("{0:>4}}", (P("ran2"),), {}),
    ("{0:>4}{1.}", (P("ran3"), 1), {}),
    ("{0:>4}{1[}", (P("ran4"), 1), {}),
    ("{0:>4}{!", (P("ran5"),), {}),
    ("{0:>4}{1]x}", (P("ran6"), [1]), {}),
    ("{0:>4}{99999999999999999999999}", (P("ran7"),), {}),
]
for fmt, args, kw in cases:
    try:
        print(repr(fmt.format(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)
print(log[-8:])
try:
    print("{0}".format_map({}))
except Exception as e:
    print(type(e).__name__, e)
try:
    print("{x}".format_map([]))
except Exception as e:
    print(type(e).__name__, e)


# reentrancy: __format__ and __str__ that format again
class R:
    def __format__(self, spec):
        return "[{0}|{1}]".format(spec, "%s-%d" % ("in", 7))

    def __str__(self):
        return "R(%s)" % ("{:>3}".format("x"),)


print("{0:ab} {0!s}".format(R()), "%s/%s" % (R(), "{}".format(R())))

# % formatting through the pooled buffers
for rnd in range(2):
    print("%5d %-8s %.2f %x %r %%" % (rnd, "name", rnd / 7, 255, "n"))
    print(repr("%s" % "é\udc80"), "%c%c" % (0xe9, "ü"), "%(a)s-%(b)05.1f" % {"a": "x", "b": 2.25})
    print("é%sü%-4sß%4s|" % ("1", "2", "3"), "%10.3e|%-+6d|%#o|%#X" % (12345.678, 5, 8, 255))
    print(repr("" % ()), repr("%s" % ""), repr("%s%s" % ("", "")), "a" * 300 % ())
    print(len("%s" % ("x" * 5000)), ("%s" % ("y" * 5000))[-3:], "%s" % (S("sub"),), type("%s" % S("q")).__name__)
for fmt, arg in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%(a)s", 1), ("%z", 1), ("%", 1),
                 ("%c", -1), ("%c", "ab"), ("%.2f", "x"), ("%x", 1.5), ("%(k)s", {})]:
    try:
        print(repr(fmt % arg))
    except Exception as e:
        print(type(e).__name__, e)

# identity: CPython's writer returns a lone unchanged str itself
class S2(str): pass
s = S2("sub")
x = "exact"
for spec in [">1", "<5", "s", ".3", ".5", ".9", "^5", "^6", "x<5", "10", "0", ">0"]:
    r = format(s, spec); q = format(x, spec)
    print(spec, type(r).__name__, r is s, q is x, repr(r), repr(q))
print(format(S2(""), ">0") is None, type(format(S2(""), ">0")).__name__, type("{:>0}".format(S2(""))).__name__)
print(type("{}".format(S2(""))).__name__, "{}".format(x) is x, "{0}".format(x) is x, "{0!s}".format(x) is x)
class T:
    def __format__(self, spec): return s
print("{}".format(T()) is s, "{0:x}".format(T()) is s, "a{}".format(T()) is s, f"{T()}" is s)
print("%s" % x is x, "%s" % (x,) is x, "%s" % s is s, type("%s" % s).__name__, "%s%s" % (x, "") is x)

# % conversions appended straight into the output (no width, no flags)
for v in [0, -5, 2**62, 2**64, -2**70, True, 1.5, -0.0, float("inf"), float("nan"), 1e300, "s", "é", 3]:
    row = []
    for f in ["%d", "%i", "%u", "%s", "%f", "%.0f", "%.3e", "%E", "%g", "%.12G", "%F", "%r", "%5d", "%-3s", "%.1s", "%.3d", "%+d"]:
        try:
            row.append(f % (v,))
        except (TypeError, ValueError, OverflowError) as e:
            row.append("%s:%s" % (type(e).__name__, e))
    print(ascii(row))


class FS(float):
    def __str__(self):
        return "FS!"


class IS(int):
    def __str__(self):
        return "IS!"


print("%s %s %d %f %s %s" % (FS(1.5), IS(7), IS(7), FS(2.5), 1.25, 10**30))
print("%(a)d|%(b)s|%(c).2f" % {"a": -3, "b": "bee", "c": 3.14159})
try:
    print("%(a)d %(b)d" % {"a": 1})
except KeyError as e:
    print("KeyError", e)
try:
    print("%d %d" % (1,))
except TypeError as e:
    print("TypeError", e)
try:
    print("%d" % (1, 2))
except TypeError as e:
    print("TypeError", e)
