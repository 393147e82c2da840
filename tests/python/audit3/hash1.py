print(hash("abc"), hash(""), hash("é"), hash("\U0001f600x"), hash(b"abc"), hash(b""))
print(hash((1, 2)), hash(()), hash((1, (2, "a"))), hash(frozenset({1, 2, 3})), hash(frozenset()))
print(hash(1.5), hash(-1), hash(-2), hash(2**61), hash(2**61 - 1), hash(-2**63), hash(10**30), hash(0.1), hash(float("inf")), hash(-float("inf")))
print(hash(1+2j), hash(complex(0.5, -1)), hash(True), hash(None) == hash(None))
print(list({"apple", "banana", "cherry", "date", "elder", "fig"}))
print(list({1.5, "x", b"y", (1, 2), None.__class__.__name__}))
d = {}
for w in "the quick brown fox jumps over the lazy dog".split(): d[w] = len(w)
print(list(set(d)), list(frozenset("abcdefgh")))
import decimal, fractions
print(hash(decimal.Decimal("1.5")), hash(fractions.Fraction(3, 2)), hash(fractions.Fraction(1, 3)), hash(decimal.Decimal("0.1")))
print(hash(range(3)) if False else "", hash(slice) != 0)
