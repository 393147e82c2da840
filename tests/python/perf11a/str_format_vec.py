# str.format called with keywords and positionals looks keywords up in the
# call itself (no **kwargs dict); every way of calling it must agree.
import functools


class P:
    x = 1.25
    y = [10, 20]

    def __repr__(self):
        return "P()"

    def __format__(self, spec):
        return "P<" + spec + ">"


class S(str):
    pass


def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e, e.args)


p = P()
attempt("{0}-{1:>6}-{name}-{p.x:.1f}".format, 7, "ab", name="nm", p=p)
attempt("{name}".format, name="v")
attempt("{name}".format)
attempt("{name}".format, 1, 2)
attempt("{name} {other}".format, name=1)
attempt("{0} {1}".format, 1)
attempt("{} {}".format, 1, 2, 3, extra=4)
attempt("{self} {cls}".format, self="s", cls="c")
attempt("{p.y[1]} {p} {p:spec} {p!r:>5}".format, p=p)
attempt("{k[a]} {k[b]!r}".format, k={"a": 1, "b": "two"})
attempt("{0:{1}} {w:{fmt}}".format, 3.14159, ".2f", w=2.5, fmt="08.3f")
attempt("{a:{b}}".format, a=5)
attempt("no fields".format, 1, x=2)
attempt("{{literal}} {x}".format, x=3)
attempt("{}".format)
attempt("{0} {}".format, 1, 2)
attempt("{x}{x}{x}".format, x="r")
attempt("{x.missing}".format, x=p)
attempt(S("{a}-{0}").format, 1, a=S("sub"))
attempt(str.format, "{a}{0}", 9, a=8)
attempt(str.format, S("{a}"), a=1)
attempt(str.format, 5, a=1)
attempt(str.format)
d = {"a": 1, "b": 2}
attempt("{a}{b}".format, **d)
attempt("{a}{b}{0}".format, *[0], **d)
attempt("{a}{b}".format, **{"a": 1}, b=3)
attempt(lambda: "{a}".format(a=1, **{"a": 2}))
attempt(functools.partial("{a}/{0}".format, a="A"), "zero")
bound = "{n:>4}|".format
print("".join(bound(n=i) for i in range(5)))
print("{0!s:^7}|{0!r}|{0!a}".format("é"))
s = "plain"
print(s.format(1, a=2) is s, "x{}".format("y"))
lone = "{v}"
t = "text"
print(lone.format(v=t) is t, repr(lone.format(v="")))
print("{v}".format_map({"v": 1}), "{0}".format_map({}) if False else "")
attempt("{0}".format_map, {})
attempt("{a}".format_map, {})
