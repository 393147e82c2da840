# Sets store an unboxed number's payload and recompute its hash: iteration
# order, membership across int/float/bool/big ints, -1 (hash -2), nan,
# deletions (dummies) and frozenset hashes must all match CPython.
import math

def show(s):
    print(sorted(s, key=repr) == sorted(list(s), key=repr), list(s))

a = {i for i in range(-20, 20)}
show(a)
b = {-1, -2, 2**61 - 1, 2**61, -(2**61), 2**63 - 1, -(2**63), 2**64, 1.5, -1.0, 0.0, -0.0}
show(b)
print(-1 in b, -1.0 in b, -2 in b, 2**61 - 1 in b, 0 in b, False in b, 2**61 in b, 1 in b)
print(len({1, 1.0, True}), {1, 1.0, True}, {True, 1.0, 1})
print(len({0, 0.0, -0.0, False}))
nan = float("nan")
c = {nan, nan, float("nan"), 1}
print(len(c), nan in c, float("nan") in c)
d = set(range(100))
for i in range(0, 100, 3):
    d.discard(i)
d.add(3)
d.add(1000)
show(d)
print([d.pop() for _ in range(5)], len(d))
e = {1.25, 2.5, 3.75, 2**70, "x", (1, 2), None}
print(2.5 in e, 2**70 in e, (1, 2) in e, "x" in e, None in e, 5 in e)
e.remove(2.5)
print(2.5 in e, len(e))
f1 = frozenset([1, 2, 3, -1, 1.5])
f2 = frozenset([1.5, -1, 3, 2, 1])
print(hash(f1) == hash(f2), f1 == f2, hash(frozenset([-1])) == hash(frozenset([-1.0])))
print(hash(frozenset(range(10))), hash(frozenset([0.5, 1.5])), hash(frozenset([2**61 + 5, -(2**62)])))
g = {x * 0.5 for x in range(20)}
show(g)
print(g & {1, 2, 3.0, 4.5}, g - set(range(5)), sorted(g ^ {100, 0.5}))
h = set(range(10)) | {10.0, 11, 2**62}
print(h, h.issubset(h | {1}), dict.fromkeys({3, 1, 2.5}))
i = {1, 2, 3}
i.update({4: 1, 5: 2, 1.0: 3})
print(i, i == {1, 2, 3, 4, 5}, set([1, 2]) <= {1.0, 2.0, 3})
for k in [2**61 - 2, 2**61 - 1, -(2**61 - 1), -(2**61 - 2)]:
    print(k in {k}, hash(k), {k, k + 1, k - 1})
print({-1.5, -0.5, math.inf, -math.inf} , math.inf in {math.inf})

def member(s, keys):
    return [k in s for k in keys] + [k not in s for k in keys]

keys = [0, 1, -1, -2, 2, 3, 7, 8, 2**61 - 1, 2**62, -(2**62), 1.0, True, "1"]
print(member({1.0, -2.0}, keys))
print(member({True, -1}, keys))
print(member(frozenset({-2, 2**61 - 1, "1"}), keys))
print(member(set(range(-3, 10)), keys))
s = set(range(40))
for k in range(0, 40, 2):
    s.remove(k)
s.add(1.5)
print(member(s, keys + [9, 11, 13, 39, 41]))
class K:
    def __hash__(self):
        return 3
    def __eq__(self, other):
        return other == 3
print(member({K()}, [3, 4, 3.0]), 3 in {3, K()}, len({K(), 3}))
