# str.split(sep): parts, counts, empty and one-character parts, multi-byte
# separators and text, subclasses, the unsplit str itself, errors.

class S(str):
    pass


cases = ["a,b,c", ",a,,b,", "", ",", ",,", "abc", "a", "item,0,item,1", "héllo,wörld,日本",
         "x--y--z", "--", "a--", "---", "日本日本語日", "one two  three", "a\u2028b,c"]
seps = [",", "--", "日", " ", "é", "abc", "a", "\u2028"]
for t in cases:
    for sep in seps:
        r = t.split(sep)
        print(repr(t), repr(sep), r, len(r), [len(p) for p in r], [p.isascii() for p in r])
        assert r == t.split(sep, -1) == t.split(sep=sep)

s = "no separator here"
print(s.split(",")[0] is s, S(s).split(",")[0] is s, type(S("a,b").split(",")[0]).__name__)
print(S("a,b,c").split(","), S("").split(","), S("x").split("x"))
big = ",".join("item%d" % i for i in range(1000))
parts = big.split(",")
print(len(parts), parts[:3], parts[-1], sum(map(len, parts)), ",".join(parts) == big)
print("a,b,c".split(",", 1), "a,b,c".split(",", 0), "a,b,c".rsplit(",", 1), "a,b,c".rsplit(","))
for bad in [("a", ""), ("a", 1), ("a", b",")]:
    try:
        print(bad[0].split(bad[1]))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
