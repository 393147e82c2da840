# perfstr: strs built in one allocation with their header: concatenation,
# f-strings (BUILD_STRING), str.join, ASCII upper/lower; sizes around the
# block boundaries, non-ASCII text, surrogates, empty strings, subclasses.

class S(str):
    pass


def show(label, v):
    print(label, type(v).__name__, len(v), repr(v)[:80], hash(v) == hash(str(v)))


for n in [0, 1, 2, 15, 16, 17, 31, 32, 33, 63, 64, 65, 127, 128, 129, 207, 208, 209, 300, 1000]:
    a = "a" * (n // 2)
    b = "é" * (n - n // 2)
    show("concat%d" % n, a + b)
    show("concatS%d" % n, S(a) + b)
    show("fstr%d" % n, f"{a}{n}{b}")
    show("join%d" % n, "-".join([a, b, a]))
    show("upper%d" % n, ("x" * n).upper())
    show("lower%d" % n, ("X" * n + "Ü").lower())

s = ""
for i in range(200):
    s += chr(65 + i % 26)
    if i % 37 == 0:
        s += "\udc80"
print(len(s), repr(s[-40:]), s.count("\udc80"))

print(repr("".join([])), repr("".join(["", ""])), repr("x".join(["", ""])), repr("".join(["", "y", ""])))
print(repr("ab".join(["", ""])), repr(",".join(("a",))), repr("".join(iter(["p", "q"]))))
t = S("sub")
r = "".join([t])
print(type(r).__name__, r is t, repr(r))
u = "exact string"
print("".join([u]) is u, "".join((u,)) is u)
print(repr(", ".join(x for x in "abc")), repr("é".join("xyz")), repr("\ud800".join(["a", "b"])))
for bad in [["a", 1], ("a", b"b"), [None], 5, ["x"] * 3 + [3.5]]:
    try:
        print("".join(bad))
    except TypeError as e:
        print("TypeError", e)


class L(list):
    def __iter__(self):
        return iter(["over", "ridden"])


print("+".join(L(["a", "b"])))


def gen():
    yield "a"
    raise ValueError("boom")


try:
    "".join(gen())
except ValueError as e:
    print("ValueError", e)

print("ABC déf ÀÉ".lower(), "abc déf àé ß".upper(), "".upper() == "", "a".upper(), "Z".lower())
print(S("Mixed").upper(), type(S("Mixed").lower()).__name__)
x = "Hello"
print(x.upper() is x, x.lower() is x, ("HELLO".upper() == "HELLO"))
print(f"{''}{''}" == "", f"{'a'}{''}", f"{x}{x!r}{x!a}{'ü'!a}{3:>4}{'é'}")
print(sorted({"a" + "b": 1, "ab": 2}.items()), ("a" + "b") in {"ab"}, hash("q" + "rs") == hash("qrs"))

# split/rsplit/splitlines: the parts' headers share one allocation
text = "the quick  brown\tfox é jumps\u2003over a b\n\nlazy \udc80dog "
for sep, m in [(None, -1), (" ", -1), (None, 2), ("o", 3), ("é", -1), ("\udc80", -1)]:
    print(ascii(text.split(sep, m)), ascii(text.rsplit(sep, m)))
print(ascii(text.splitlines()), ascii(text.splitlines(True)), ascii("".split()), ascii("".split(",")), ascii("a,,b,".split(",")))
parts = ("x" * 50 + " ") * 1000
ps = parts.split()
print(len(ps), len(set(ps)), ps[0] is ps[1], ps[-1] == "x" * 50, [len(p) for p in ps[:3]])
keep = ps[500]
del ps, parts
import gc
gc.collect()
print(len(keep), keep[:5], hash(keep) == hash("x" * 50), keep.upper()[:3], keep.isascii())
words = "Alpha beta GAMMA déjà vu".split()
print([w.upper() for w in words], [len(w) for w in words], [w[::-1] for w in words], [w.isascii() for w in words])
class SS(str):
    pass
print(ascii(SS("a b c").split()), [type(p).__name__ for p in SS("a b").split()], ascii("ab".split("b")))

# replace: counted first, written once
class RS(str):
    pass
for s in ["", "a", "aaa", "abcabc", "é&é<>", "x" * 300 + "&", "\udc80-\udc80", "<&>" * 100]:
    for old, new in [("a", "b"), ("&", "&amp;"), ("é", ""), ("<", "&lt;"), ("\udc80", "é"), ("abc", "x"), ("aa", "a"), ("zz", "y")]:
        for count in [-1, 0, 1, 2, 2**62]:
            r = s.replace(old, new, count)
            print(ascii(r[:40]), len(r), end=" ")
    print()
h = "hello"
print(h.replace("z", "y") is h, h.replace("l", "l") == h, type(RS("aXa").replace("X", "y")).__name__, type(RS("aa").replace("z", "y")).__name__)
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "ab".replace("ab", ""), repr("ab".replace("ab", "c")))
for bad in [(1, "a"), ("a", 1), ("a", "b", "c"), ("a", "b", 1.5)]:
    try:
        "abc".replace(*bad)
    except TypeError as e:
        print("TypeError", e)

# str slices through GET_SLICE (no slice object; ASCII slices carry their flags)
s = "abcdefghij"
u = "aé\udc80ß😀xyz"
for t in [s, u, "", "q"]:
    for a in [None, -100, -3, 0, 1, 5, 100]:
        for b in [None, -100, -2, 0, 3, 100]:
            for c in [None, 1, 2, -1, -3, 100]:
                print(ascii(t[a:b:c]), end=" ")
    print()
print(s[:] is s, s[0:] is s, s[::1] is s, s[::-1], u[::-1].isascii(), len(s[2:5]), s[2:5].isascii())
class T(str): pass
print(type(T("abc")[:]).__name__, T("abc")[:] , type(T("abc")[1:]).__name__)
try:
    s[1:2:0]
except ValueError as e:
    print(e)
try:
    s["a":]
except TypeError as e:
    print(e)
class Ix:
    def __index__(self): return 2
print(s[Ix():5], s[Ix()::Ix()], hash(s[1:4]) == hash("bcd"), {s[1:4]: 1}["bcd"])

# startswith/endswith without start/end
for s in ["", "abc", "é\udc80x", "xyz" * 10]:
    for p in ["", "a", "abc", "abcd", "é", "\udc80x", "x", "z", ("a", "x"), ()]:
        print(ascii(s), ascii(p), s.startswith(p), s.endswith(p), s.startswith(p, 0), s.endswith(p, 1, 2), s.startswith(p, None, None))
for bad in [1, ("a", 1), None]:
    for m in ["startswith", "endswith"]:
        try:
            getattr("abc", m)(bad)
        except TypeError as e:
            print("TypeError", e)
