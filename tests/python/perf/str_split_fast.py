# str.split() without arguments on ASCII text takes a counting fast path;
# an unsplit str is returned in the list itself, as CPython does.
tests = ["", " ", "a", " a ", "ab", "  ab  cd\tef\n", "a b c", "x\x1cy\x1fz",
         "\x0bq\x0cr ", "h\xe9llo w\xf6rld", "abc def" * 3, "\t\n\r\x0b\x0c",
         "one", "one\n", "x" * 300 + " " + "y" * 2]
for t in tests:
    r = t.split()
    print(repr(r), [x is t for x in r])
    print(t.split(None), t.split(maxsplit=1), t.rsplit(), t.rsplit(None, 1))
    print(t.splitlines(), [x is t for x in t.splitlines()], [x is t for x in t.rsplit()])
    print([x is t for x in t.split(",")], [x is t for x in t.split(" ")])


class S(str):
    pass


s = S("abc")
r = s.split()
print(type(r[0]).__name__, r[0] is s, type(s.split(",")[0]).__name__, s.split(",")[0] is s)
words = "the quick brown fox".split()
words[0] = "a"
print(words, "the quick brown fox".split() == ["the", "quick", "brown", "fox"])
print([hash(w) == hash(w[:]) for w in "alpha beta gamma".split()])
print([len(w) for w in "a bb ccc dddd".split()], "x y z".split()[1].upper())
try:
    "a b".split(1)
except TypeError as e:
    print(type(e).__name__, e)
