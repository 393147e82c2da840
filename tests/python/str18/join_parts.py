# str.join copies short parts byte by byte and long ones with memmove
# (str18): mixed lengths, separators, non-ASCII, subclasses and errors.
parts = ["", "a", "bc", "def", "ghij", "klmnopq", "rstuvwxy", "z12345678", "é", "☃☃", "x" * 40]
for sep in ["", ",", ", ", "—", "<sep>" * 3]:
    r = sep.join(parts)
    print(len(r), repr(r))
    print(repr(sep.join(parts[1:2])), repr(sep.join([])), repr(sep.join(["", ""])))
    print(sep.join(reversed(parts)) == sep.join(parts[::-1]), sep.join(p for p in parts if p) == sep.join(filter(None, parts)))
print("".join(str(i) for i in range(30)))
print("-".join(("a", "bb")), "|".join({"k": 1, "q": 2}))
class S(str):
    pass
print(repr("+".join([S("ab"), "cd", S("")])), type("".join([S("x")])).__name__)
big = [("w%d" % i) * (i % 12) for i in range(500)]
j = " ".join(big)
print(len(j), j.count(" "), j[:50], j[-30:])
print(" ".join(big).split(" ") == big)
for bad in (["a", 1], ["a", b"b"], [None]):
    try:
        ",".join(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    "".join(5)
except TypeError as e:
    print("TypeError", e)
