# str.title/capitalize/swapcase/casefold/upper/lower on ASCII and non-ASCII
# text, subclasses (the result is an exact str), lengths and identity.

class S(str):
    pass


texts = ["", "a", "Z", "7", "ab", "hello world", "HELLO wORLD", "they're bill's friends",
         "1st 2nd 3RD", "a1b2c3 d4E5", "x_y-z.w", "  lead and trail  ", "ǅungla", "ßtraße",
         "ﬁne ﬂow", "İstanbul", "Ωmega ωMEGA", "日本 text", "mIxEd\tTabs\nNew", "a" * 300,
         "hello-WORLD_foo bar@baz.COM", "\x00\x7f~`"]
for t in texts:
    for src in (t, S(t)):
        row = []
        for m in ("title", "capitalize", "swapcase", "casefold", "upper", "lower"):
            r = getattr(src, m)()
            row.append((r, type(r).__name__, len(r), r.isascii(), r == t))
        print(repr(src)[:40], row if len(t) < 100 else [x[2:] for x in row])

s = "word"
one, empty = "a", ""
print(s.title() is s, s.lower() is s, one.lower() is one, empty.title() is empty)
line = "the quick brown fox " * 3
print(line.lower().strip().title(), len(line.title()), line.title().istitle())
print("abc".title().title(), "ABC def".swapcase().swapcase(), "Hello".casefold() == "hello")
for bad in (lambda: "x".title(1), lambda: str.title(5), lambda: "x".swapcase(None)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
