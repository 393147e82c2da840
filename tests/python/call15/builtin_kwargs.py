# Keyword calls to builtins: binding by name, and the errors when a
# keyword is unknown, duplicated with a position, or a required one is
# missing (the fast keyword binder must fall back for all of these).

def attempt(label, f):
    try:
        print(label, repr(f()))
    except TypeError as e:
        print(label, "TypeError:", e)


ts = [(3, "c"), (1, "a"), (2, "b"), (1, "z")]
for rev in (False, True, 0, 1):
    t = list(ts)
    t.sort(key=lambda p: p[0], reverse=rev)
    print(t)
t = list(ts)
t.sort(reverse=True)
print(t)
t.sort(key=None)
print(t)
print(sorted(ts, key=lambda p: p[1], reverse=True))

attempt("sort pos", lambda: [2, 1].sort(len))
attempt("sort bad kw", lambda: [2, 1].sort(foo=1))
attempt("sort too many", lambda: [2, 1].sort(key=None, reverse=False, foo=1))
attempt("split sep", lambda: "a b  c".split(sep=" "))
attempt("split both", lambda: "a b c".split(None, maxsplit=1))
attempt("split dup", lambda: "a b c".split(" ", sep=" "))
attempt("split unknown", lambda: "a b".split(sepp=" "))
attempt("splitlines", lambda: "a\nb\n".splitlines(keepends=True))
attempt("encode", lambda: "h\xe9".encode(encoding="ascii", errors="replace"))
attempt("encode errors only", lambda: "h\xe9".encode(errors="ignore"))
attempt("int base", lambda: int("101", base=2))
attempt("int x kw", lambda: int(x="1"))
attempt("enumerate", lambda: list(enumerate(iterable="ab", start=5)))
attempt("enumerate missing", lambda: enumerate(start=2))
attempt("round kw", lambda: round(number=2.675, ndigits=2))
attempt("round ndigits", lambda: round(2.5, ndigits=None))
attempt("hex sep", lambda: b"\x01\x02\x03".hex(sep=":", bytes_per_sep=2))
attempt("fromkeys kw", lambda: dict.fromkeys(iterable="ab"))
attempt("pop kw", lambda: [1, 2].pop(index=0))
attempt("str.count kw", lambda: "aaa".count(x="a"))
attempt("replace count", lambda: "aaa".replace("a", "b", count=2))
attempt("startswith", lambda: "abc".startswith(prefix="a"))
attempt("expandtabs", lambda: "a\tb".expandtabs(tabsize=4))
attempt("to_bytes", lambda: (1025).to_bytes(length=2, byteorder="big"))
attempt("to_bytes signed", lambda: (-1).to_bytes(2, "little", signed=True))
attempt("to_bytes dup", lambda: (1).to_bytes(2, length=2))
attempt("from_bytes", lambda: int.from_bytes(bytes=b"\x01\x00", byteorder="little"))
attempt("from_bytes missing", lambda: int.from_bytes(byteorder="little"))
