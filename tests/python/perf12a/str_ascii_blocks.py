# strs built from ASCII text (join, f-strings, concatenation, replace, case
# mapping, stepped slices, repr, str(int), %-formatting) kept across
# collections and compared later: their text, hash, length, equality with
# the same text built another way, use as dict keys; plus non-ASCII and
# subclass operands of the same paths, and __class__ assignment on a str.
import gc

class S(str):
    pass

def build(i):
    w = "w%d" % i
    return [
        "-".join(["a", w, "b"]),
        f"<{w}|{i:>5}>",
        ("x" * 40) + w + ("y" * (i % 90)),
        ("a&b<c>" * (i % 7 + 1)).replace("&", "&amp;").replace("<", "&lt;"),
        ("Hello World " + w).upper(),
        ("Hello World " + w).lower(),
        ("hello world " + w).title(),
        ("hello world " + w).swapcase(),
        ("0123456789" * 5 + w)[::3],
        repr("plain " + w),
        str(i * 7919),
        "%s=%d;%.2f" % (w, i, i / 7),
        "".join(["é", w]),
        S("sub" + w).upper(),
        S("ab") + w,
        "ü" + w * 3,
        ("ß" + w).upper(),
    ]

kept = []
for i in range(3000):
    kept.append(build(i))
    if i % 500 == 0:
        gc.collect()
garbage = [build(i) for i in range(3000)]
del garbage
gc.collect()

bad = 0
d = {}
for i, row in enumerate(kept):
    again = build(i)
    for a, b in zip(row, again):
        if a != b or hash(a) != hash(b) or len(a) != len(b) or type(a) is not type(b):
            bad += 1
        d[a] = i
print("mismatches", bad, "keys", len(d))
print(kept[123])
print(kept[2999][:6])
print([len(s) for s in kept[77]], [s.isascii() for s in kept[77]])
print(kept[5][2][40:], kept[5][2].find("w5"), kept[5][2].count("y"), kept[5][2][-3:])
print(sorted(d)[:3], sorted(d)[-2:])

s = "abc" * 3
for cls in (S, int, bytes):
    try:
        s.__class__ = cls
    except TypeError as e:
        print("TypeError", e)
print(type(s).__name__, s)
