# Short strs made by slicing, concatenation, case mapping, replace, join and
# % / f-string formatting are allocated several to a Go allocation (str18):
# survivors must keep their own text, hash and identity while their
# neighbours die and the collector runs.
import gc

kept = []
base = "abcdefghijklmnopqrstuvwxyz0123456789" * 3
for i in range(4000):
    a = base[i % 50:i % 50 + 1 + i % 40]   # header-only slice
    b = a.upper()                           # block 16..64
    c = b + "|" + str(i)                    # concatenation
    d = "-".join([a[:3], b[-2:], c[:5]])
    e = "%d:%s" % (i, a[:4])
    f = f"<{e}>{i:>5}"
    g = f.replace("<", "&lt;")
    if i % 7 == 3:
        kept.append((i, a, b, c, d, e, f, g))
    if i % 500 == 0:
        gc.collect()

gc.collect()
ok = 0
for i, a, b, c, d, e, f, g in kept:
    s = i % 50
    assert a == base[s:s + 1 + i % 40], (i, a)
    assert b == a.upper()
    assert c == b + "|" + str(i)
    assert d == a[:3] + "-" + b[-2:] + "-" + c[:5]
    assert e == str(i) + ":" + a[:4]
    assert f == "<" + e + ">" + str(i).rjust(5)
    assert g == "&lt;" + e + ">" + str(i).rjust(5)
    assert hash(a) == hash(base[s:s + 1 + i % 40])
    assert len(c) == len(b) + 1 + len(str(i))
    ok += 1
print("kept", ok)

# dict keys made of slices and concatenations survive and hash equal
d = {}
for i in range(1000):
    k = base[i % 30:i % 30 + 6] + str(i % 10)
    d[k] = d.get(k, 0) + 1
gc.collect()
print(len(d), sum(d.values()), sorted(d.items())[:3])

# non-ASCII and empty cases keep their code point counts
u = "héllo wörld ünïcode ☃ " * 3
parts = []
for i in range(300):
    x = u[i % 20:i % 20 + 7]
    y = x.upper() + x[::-1]
    parts.append((x, y))
gc.collect()
print(len(parts), parts[5], parts[299], len(parts[17][1]))
print(repr(base[5:5]), repr("" + ""), repr("".join([])), repr("x"[1:]), repr(("ab" * 3)[1:2]))
print([len(s) for s in ("aé"[0:2], "☃x"[1:], "abc".upper(), ("€" + "a")[:1])])
print(("abc" + "def")[2:5].isascii(), ("é" + "a").isascii(), base[3:9].isascii())
