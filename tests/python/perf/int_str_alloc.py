# str(i) and repr(i) of small ints make their str in one allocation; the
# result is an ordinary ASCII str.
class I(int):
    pass
vals = [0, 5, -5, 10, -10, 123456789, -2**63, 2**63 - 1, 2**64, -2**64, True, I(42), I(-7)]
for v in vals:
    s = str(v)
    r = repr(v)
    print(s, r, len(s), s.isascii(), s[::-1], s + "x", hash(s) == hash(s[:] + ""), f"{v}", "%d" % v)
parts = []
for i in range(12):
    parts.append(str(i))
print(",".join(parts), [len(p) for p in parts])
print(str(-1).isdigit(), str(99).isdigit(), str(12)[1], str(345).upper())
