import string, locale, math, sys, textwrap, unicodedata
rows = [("Widget", 3, 2.5), ("Gadget extraordinaire", 12, 10.0), ("Ünïcødé", 0, 1e-3), ("x", -4, float("inf")), ("nan", 1, float("nan"))]
for name, n, p in rows:
    print(f"|{name:<12.12}|{n:>+5d}|{p:>10.3f}|{p:>10.2e}|{p:>8.3g}|{p!r:>8}|{n:#06x}|{n:o}|{abs(n):b}|")
    print("|%-12.12s|%+5d|%10.3f|%10.2e|%8.3g|%8r|%#06x|" % (name, n, p, p, p, p, n))
    print("|{0:^14}|{1:=+6}|{2:10.1%}|".format(name[:14], n, p if math.isfinite(p) else 0))
print(format(1234567.891, ",.2f"), format(1234567, "_d"), format(0.000012345, ".3"), format(12345678901234567890, ","), format(-0.0, "f"), format(1e100, ".5g"))
print("{:,}".format(10**20), "{:e}".format(0), "{:.0e}".format(15), "{:g}".format(1e-5), "{:G}".format(1e20), "{:n}".format(1234567))
print(format(3.14159, "010.4f"), format(-3.14159, "010.4f"), format(42, "c"), format(True, "d"), format(2.5, "%"), format(255, "X"))
print(repr(1e16), repr(1.1e-5), repr(0.1 + 0.2), str(1e22), repr(2**0.5), 1 / 3, -1e-320, 5e-324, float("1e308") * 10)
print(round(2.675, 2), round(-0.5), round(1.5), round(12345, -2), round(1e20), round(0.125, 2), round(float("nan"), 1) if False else "")
for bad in ["{:d}".format, "{:z}".format, "{0:,s}".format, "{:=s}".format]:
    try:
        print(bad(1.5 if bad != "{:=s}".format else "x"))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for fmt, args in [("%d", ("x",)), ("%s %s", ("a",)), ("%(k)s", ({},)), ("%z", (1,)), ("%c", (1114112,)), ("%.*f", (2, 3.14159)), ("%5%", ()), ("%s", ((1, 2),))]:
    try:
        print(repr(fmt % args))
    except (ValueError, TypeError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
for s in ["{", "}", "{0", "{0!x}", "{a.b[0]}", "{0[}", "{:{}}"]:
    try:
        print(repr(s.format(*[1, 2], a=type("A", (), {"b": [9]})())))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(type(e).__name__, e)
print("straße".upper(), "ǅ".lower(), "ß".casefold(), "İ".lower(), len("İ".lower()), "ﬁ".upper(), "σς".title(), "ΣΑΣ".lower())
print(unicodedata.name("é"), unicodedata.normalize("NFD", "é").encode(), unicodedata.category("٣"), "٣".isdigit(), int("٣"), unicodedata.east_asian_width("中"))
print("abc".center(9, "*"), "x".zfill(5), "-42".zfill(6), "a\tb\tc".expandtabs(4), "Hello World".swapcase(), "hello world".title(), "they're".title())
print("a,b,,c".split(","), "  a  b ".split(), "a\nb\r\nc\rd".splitlines(), "k=v=w".partition("="), "k=v=w".rpartition("="), "abc".removeprefix("a"))
print("%-6s|%6s|" % ("中文", "中文"), f"{'中文':>6}|", len("👍🏽"), "👍🏽"[::-1].encode("unicode_escape"))
tbl = str.maketrans({"a": "1", "b": None}, ) ; print("abcab".translate(tbl), "hello".translate(str.maketrans("el", "ip")))
print(string.Formatter().vformat("{0}-{name}", (1,), {"name": "n"}), "{0!s:>4}{0!r:>6}".format("q"))
print(textwrap.fill("word " * 30, 40, initial_indent="  - ", subsequent_indent="    "))
sys.stdout.write("no newline at end")
