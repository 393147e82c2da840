# Edges of the string fast paths that the template, formatting and strbuild
# benchmarks exercise: non-ASCII text, fill/width/alignment, conversions,
# str subclasses with their own __format__/__str__, generators fed to join
# and sum, replace chains and the ASCII method shortcuts.


class Tag(str):
    def __format__(self, spec):
        return "<" + spec + ">"

    def __str__(self):
        return "Tag!"


class Loud(str):
    def upper(self):
        return "LOUD"


def show(label, value):
    print(label, repr(value))


name = "na\u00efve \u65e5\u672c"
show("fill", f"[{name:*^14}] [{name:>12}] [{name:<.3}]")
show("conv", f"{name!r} {name!a} {name!s:>10}")
show("tag", f"{Tag('x')} {Tag('x'):abc} {Tag('x')!s} {Tag('x')!r}")
show("tagfmt", "{0} {0:q} {0!s}".format(Tag("y")))
show("pct", "%s|%r|%a|%5s|%-5s|" % (Tag("z"), name, name, "ab", "cd"))
show("num", f"{1234567:,} {-42:+08d} {3.14159:^10.2f} {255:#o} {0.5:%}")
show("join-gen", "".join(s.upper() for s in ["a\u00e9", "b", "\u00df"]))
show("join-sub", "-".join([Tag("p"), "q"]))
show("sum-gen", sum(1 for w in "the cats sat \u00e9s".split() if w.endswith("s")))
show("upper-sub", Loud("abc").upper() + " " + str.upper(Loud("abc")))
show("esc", "a<&>\"\u00e9".replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
show("title", ["hello w\u00f6rld x1y".title(), "ABC def".swapcase(), "\u0130x".lower()])
show("strip", ["  \u3000x\u3000 ".strip(), "xxaxx".strip("x"), "\u00e9a\u00e9".strip("\u00e9")])
show("digit", ["123".isdigit(), "\u0663".isdigit(), "\u00b2".isdigit(), "".isdigit(), "1a".isalnum()])
show("split", ["a\u2003b  c".split(), "a,b,,c".split(",", 2), " x ".split(" ")])
show("affix", ["\u00e9t\u00e9".startswith(("x", "\u00e9")), "abc".endswith("bc", 0, 2)])
for bad in ["{:d}", "{:,s}", "{:=s}", "{!x}", "{0:{1}}"]:
    try:
        print(bad, repr(bad.format("s")))
    except (ValueError, IndexError) as e:
        print(bad, type(e).__name__, e)
try:
    f"{3.5:d}"
except ValueError as e:
    print("float d", e)
try:
    "%d" % "x"
except TypeError as e:
    print("pct d", e)
