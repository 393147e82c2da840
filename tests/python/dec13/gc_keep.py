# Decimals kept while many others die around them, across collections:
# the kept ones keep their values (they share allocation blocks with the
# dead), ids stay distinct, and weak references behave.
import gc
from decimal import Decimal

kept = []
for i in range(20000):
    a = Decimal(i) / 100
    b = a * 3 - 1
    if i % 7 == 0:
        kept.append(b)
    if i % 5000 == 0:
        gc.collect()
gc.collect()
print(len(kept), kept[0], kept[1], kept[-1], sum(kept))
print(len({id(x) for x in kept}) == len(kept))
check = [Decimal(i) / 100 * 3 - 1 for i in range(0, 20000, 7)]
print(check == kept)

pairs = [(Decimal(i), Decimal(-i) - Decimal("0.5")) for i in range(3000)]
del pairs[::2]
gc.collect()
print(len(pairs), pairs[0], pairs[-1], all(x + y == Decimal("-0.5") for x, y in pairs))
big = [Decimal(2) ** 100 + i for i in range(100)]
gc.collect()
print(big[0], big[-1] - big[0])
