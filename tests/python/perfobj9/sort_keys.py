# list.sort / sorted with keys that are all ints, all floats or all strs
# (the pre-scanned fast comparisons) and the mixed cases around them.
import random

rng = random.Random(7)

# strs sharing long prefixes, shorter than 8 bytes, with NULs, non-ASCII,
# astral characters and lone surrogates: the byte-prefix compare must agree
# with code point order everywhere.
alphabet = ["a", "b", "\x00", "\x7f", "\x80", "é", "\u07ff", "\u0800", "\ud800",
            "\udfff", "\ue000", "\uffff", "\U00010000", "\U0010ffff", "z", "A"]
words = []
for i in range(600):
    n = rng.randrange(0, 12)
    words.append("".join(rng.choice(alphabet) for _ in range(n)))
for p in ("prefix__", "prefix_", "prefix__a", "prefix__\x00", ""):
    words += [p] * 3
s = sorted(words)
ok = all(s[i] <= s[i + 1] for i in range(len(s) - 1))
print("strs sorted", ok, len(s))
print([ord(c) for c in s[-1]][:4], [w for w in s[:8]])
print(sorted(["b", "a", "ab", "a\x00", "aa", "a"]))
print(sorted(["longprefixB", "longprefixA", "longprefix", "longpref"], reverse=True))
print(sorted(["x" * 20 + "b", "x" * 20 + "a", "x" * 19]))

# stability: equal keys keep their order (key= and reverse=)
recs = [("k%d" % (i % 5), i) for i in range(40)]
print(sorted(recs, key=lambda r: r[0])[:10])
print(sorted(recs, key=lambda r: r[0], reverse=True)[:10])
print(sorted(recs, key=lambda r: r[1] % 3)[:10])
print(sorted(recs, key=lambda r: (r[1] % 3) / 2)[:10])

# ints (including extremes and negatives) and floats (NaN, -0.0, inf)
ints = [rng.randrange(-10**6, 10**6) for _ in range(500)] + [2**62, -2**62, 0]
si = sorted(ints)
print("ints", all(si[i] <= si[i + 1] for i in range(len(si) - 1)), si[:3], si[-3:])
print(sorted([3, 1, 2**70, -5, 2]))
print(sorted([0.5, -0.0, 0.0, float("inf"), -1.5, float("-inf")]))
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0]))
print(sorted([3, 1.5, 2, True, 0.5]))

# subclasses of str and int take the general path (their __lt__ runs)
class S(str):
    def __lt__(self, other):
        return len(self) < len(other)

print(sorted([S("ccc"), S("a"), S("bb")]))
print(sorted(["ccc", S("a"), "bb"]))

class I(int):
    calls = 0
    def __lt__(self, other):
        I.calls += 1
        return int(self) > int(other)

print(sorted([I(1), I(3), I(2)]), I.calls > 0)

# mixed types: CPython's TypeError
for bad in (["a", 1], [1, "a"], [1.0, "a"], ["a", b"a"], [None, None]):
    try:
        sorted(bad)
    except TypeError as e:
        print("TypeError", e)

# list modified during sort, key raising
lst = ["b", "a", "c"] * 10
def key(x):
    lst.append(x)
    return x
try:
    lst.sort(key=key)
except ValueError as e:
    print("ValueError", e)
def badkey(x):
    if x == "c":
        raise KeyError(x)
    return x
try:
    sorted(["a", "b", "c"], key=badkey)
except KeyError as e:
    print("KeyError", e)

# the original strs come back (not copies), with their hash and identity
a, b = "hello world!", "hello there"
out = sorted([a, b])
print(out[0] is b, out[1] is a, hash(out[1]) == hash("hello world!"))
print(sorted({"x": 1, "abc": 2, "ab": 3}))
print(min(["pear", "apple", "fig"]), max(["pear", "apple", "fig"]))
