# str.split's lists hold their items inline up to 16 (str18): they must
# behave as any list (grow, shrink, sort, be compared) and keep their parts.
import gc

def show(l):
    print(len(l), l)

for src in ["a|b", "abc", "", "|", "x||y|", "for row in rows", "  lead  trail ",
            "é|ü|☃", "one", "a b c d e f g h i j k l m n o p q r s", "|".join("abcdefghijklmnopq")]:
    for parts in (src.split("|"), src.split(), src.split(None, 1), src.split("|", 1), src.split(" ")):
        show(parts)

s = "alpha"
l = s.split("|")
print(l[0] is s, l == ["alpha"])
l.append("beta"); l.extend(["c"] * 20); l.insert(0, "z")
print(len(l), l[:4], l[-1])
w = "for row in rows".split()
w.sort(); print(w)
w += w; del w[1:3]; print(w, w.pop(), len(w))
keep = []
for i in range(2000):
    p = ("k%d|v%d|%d" % (i, i * 2, i)).split("|")
    q = ("w%d x y" % i).split()
    if i % 9 == 0:
        keep.append((p, q))
gc.collect()
print(len(keep), keep[3], keep[-1])
print(all(p == ["k%d" % (9 * j), "v%d" % (18 * j), str(9 * j)] and q[0] == "w%d" % (9 * j)
          for j, (p, q) in enumerate(keep)))
class S(str):
    pass
r = S("abc").split("|")
print(r, type(r[0]).__name__, "abc".split("|")[0] is "abc".split("|")[0])
try:
    "a".split("")
except ValueError as e:
    print("ValueError", e)
