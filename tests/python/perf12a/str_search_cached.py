# find/rfind/count/index/rindex over strs whose code point count and ASCII
# flag are cached (the methods use the cached counts): ASCII, non-ASCII,
# astral, surrogates, subclasses, start/end clamping, empty subs, errors.

class S(str):
    pass

texts = [
    "",
    "abcabcabc",
    "héllo wörld héllo",
    "a\U0001F600b\U0001F600c\U0001F600",
    "x\udc80y\udc80z",
    "日本語の文字列、日本語",
    S("abcabc"),
    S("ñañaña"),
]
subs = ["", "a", "bc", "abc", "ll", "ö", "\U0001F600", "\udc80", "日本", "zz", S("c")]
bounds = [(None, None), (0, None), (1, None), (-3, None), (None, -2), (2, 5), (5, 2),
          (-100, 100), (100, None), (3, 3), (0, 0)]

for t in texts:
    len(t)  # caches the count before the searches
    for sub in subs:
        row = []
        for st, en in bounds:
            args = (sub,) if st is None and en is None else (sub, st) if en is None else (sub, st, en)
            row.append((t.find(*args), t.rfind(*args), t.count(*args)))
            for name in ("index", "rindex"):
                try:
                    row.append(getattr(t, name)(*args))
                except ValueError as e:
                    row.append(str(e))
        print(repr(t), repr(sub), row)

# A str built at run time (count not yet cached) and then searched twice.
big = "".join(["ab", "ç", "d"] * 1000)
print(big.find("çd", 1500), big.rfind("abç", 0, 2000), big.count("ç", 10, -10), big.index("d", 3001))
big2 = "-".join(str(i) for i in range(2000))
print(big2.find("1999"), big2.count("-"), big2.rindex("10"), big2.find("x"))
print("abc".find("b", True), "abc".count("", 1, 2), "".count(""), "".find(""), "a".rfind("", 5))

for bad in [(1,), (None,), ("a", "x"), ("a", 1.5)]:
    try:
        "abc".find(*bad)
    except TypeError as e:
        print("TypeError", e)
    try:
        "abc".index(*bad)
    except TypeError as e:
        print("TypeError", e)
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError", e, type(e).__name__)
try:
    "abc".rindex("z", 0, 2)
except ValueError as e:
    print("ValueError", e)
print("abc".find("c", 2**100), "abc".find("a", -2**100), "abc".count("b", -2**100, 2**100))
