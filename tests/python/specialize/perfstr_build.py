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
