# str methods called with one or two positional arguments (the unbound
# Method.One/Two entries) must behave exactly as the bound general path:
# results, str subclasses, non-ASCII text, empty strings and error messages.


class S(str):
    pass


def show(f):
    try:
        r = f()
    except Exception as e:
        print("  ", type(e).__name__, e)
    else:
        print("  ", type(r).__name__, repr(r))


samples = ["", "a&b<c>\"d\"", "héllo wörld ünïcode", "aaaa", S("sub&class"), "x" * 40 + "&"]
for s in samples:
    print(repr(s), type(s).__name__)
    show(lambda: s.replace("&", "&amp;"))
    show(lambda: s.replace("", "-"))
    show(lambda: s.replace("a", ""))
    show(lambda: s.replace("ö", "oe"))
    show(lambda: s.replace("a", "b", 1))
    show(lambda: s.replace("zz", "y"))
    show(lambda: s.find("a"))
    show(lambda: s.find("a", 2))
    show(lambda: s.find("ü", -5))
    show(lambda: s.rfind("a", 1))
    show(lambda: s.index("a"))
    show(lambda: s.index("a", 1))
    show(lambda: s.rindex("l", 0))
    show(lambda: s.count("a"))
    show(lambda: s.count("", 1))
    show(lambda: s.startswith("a"))
    show(lambda: s.startswith(("x", "h", "a")))
    show(lambda: s.startswith("a", 1))
    show(lambda: s.endswith("&"))
    show(lambda: s.endswith(("e", "&"), -3))
    show(lambda: s.split("&"))
    show(lambda: s.split(None, 1))
    show(lambda: s.split("a", 2))
    show(lambda: s.rsplit("a", 1))
    show(lambda: s.rsplit(" "))
    show(lambda: s.split(""))

# The same methods bound first, then called (CALL_BUILTIN on a bound method).
f = "a,b,,c".split
print(f(","), f(",", 1))
g = "a&b".replace
print(g("&", "+"), "abcabc".find("c", 3))

# Errors: wrong types and counts go through the same messages.
for call in [
    lambda: "abc".replace(1, "x"),
    lambda: "abc".replace("a", 2),
    lambda: "abc".replace("a", "b", "c"),
    lambda: "abc".find(1),
    lambda: "abc".find("a", "x"),
    lambda: "abc".index("z"),
    lambda: "abc".index("a", 5),
    lambda: "abc".rindex("z", 0),
    lambda: "abc".count(None),
    lambda: "abc".startswith(1),
    lambda: "abc".startswith(("a", 1)),
    lambda: "abc".startswith("a", "b"),
    lambda: "abc".endswith([]),
    lambda: "abc".split(1),
    lambda: "abc".split(",", "x"),
    lambda: "abc".rsplit(",", 1.5),
    lambda: "abc".replace("a"),
    lambda: "abc".replace(),
    lambda: "abc".find(),
    lambda: "abc".startswith(),
    lambda: "abc".split(",", 1, 2),
    lambda: str.replace("abc", "a", "b"),
    lambda: str.find(S("abc"), "c", 1),
]:
    show(call)


# Indices that are objects with __index__ and None for the window.
class I:
    def __index__(self):
        return 2


print("abcabc".find("a", I()), "abcabc".startswith("c", I()), "abcabc".count("b", None))
print("abcabc".split("b", I()), "a b c".split(None, I()))


# In a loop, so the call sites specialize.
def escape(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


out = []
for i, s in enumerate(samples * 3):
    out.append(escape(s))
    out.append(str(s.find("a", i % 3)) + str(s.startswith("a", i % 2)))
    out.append("|".join(s.split("a", 1)))
print("".join(out))

# Calls without arguments to methods whose parameters are all optional.
for s in ["", "  a b  ", "\u3000x\u00a0", " \t\n", S(" sub "), S("nospace"), "plain", "é è\u2028ê"]:
    for m in ("strip", "lstrip", "rstrip", "split", "rsplit"):
        r = getattr(s, m)()
        print(m, repr(s), repr(r), type(r).__name__, r is s)
    print([w.strip() for w in (s, s + " ", " " + s)], [len(s.split()) for _ in range(3)])
for call in [lambda: "a".strip(1), lambda: "a".lstrip(None, 1), lambda: "a b".split(maxsplit=1),
             lambda: "a b".rsplit(sep=None), lambda: "a".strip(chars="a")]:
    show(call)
