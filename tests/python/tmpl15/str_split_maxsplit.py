# str.split(None, maxsplit) and str.split(sep, maxsplit): the rest after the
# last split keeps its trailing whitespace, identity of an unsplit str as
# CPython's, non-ASCII text, str subclasses, bad maxsplit values.


class S(str):
    pass


cases = [
    "for x in rows", " for  x in   rows ", "a", " a ", "", "   ", "a b",
    "a\tb\nc\x0bd\x0ce\rf", "one  two three  ", "é b c", "日本 語  テキスト ",
]
for s in cases:
    for n in (-1, 0, 1, 2, 3, 10):
        print(repr(s), n, s.split(None, n), s.split(maxsplit=n))

for s in ["a.b.c", ".a..b.", "abc", "", "a|b|c|", "é|ü|日本", "x--y--z"]:
    for sep in (".", "|", "--", "b"):
        for n in (-1, 0, 1, 2, 5):
            print(repr(s), repr(sep), n, s.split(sep, n), s.rsplit(sep, n))

base = "abc" * 3
print(base.split(None, 0)[0] is base, base.split(None, 1)[0] is base, base.split()[0] is base)
print(base.split("x", 0)[0] is base, base.split("x", 1)[0] is base, (base + " ").split(None, 0)[0] is base)
sub = S("a b c")
r = sub.split(None, 1)
print(r, [type(x).__name__ for x in r])
r = S("abc").split(None, 1)
print(r, [type(x).__name__ for x in r])
r = S("a.b").split(".", 5)
print(r, [type(x).__name__ for x in r])

for bad in ["1", 1.5, None]:
    try:
        print("a b".split(None, bad))
    except TypeError as e:
        print("TypeError", e)
print("a b c".split(None, True))
try:
    "a".split("", 1)
except ValueError as e:
    print("ValueError", e)
print("a b c d".split(None, 2**40), "a.b".split(".", -(2**40)))
