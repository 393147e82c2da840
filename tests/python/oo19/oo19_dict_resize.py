# dict growth and compaction keep insertion order and every key reachable:
# growth with no deletions, growth after deletions (holes compacted),
# popitem then growth, non-str keys converting a str-only table, colliding
# hashes, and a memo dict filled while the collector runs.
import gc


class Same:
    # every instance hashes alike: long probe chains in the new tables
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return 7

    def __eq__(self, o):
        return isinstance(o, Same) and o.v == self.v

    def __repr__(self):
        return "Same(%d)" % self.v


d = {}
for i in range(5000):
    d[i] = i * i
print(len(d), list(d)[:5], list(d)[-3:], all(d[i] == i * i for i in range(5000)))

d = {}
for i in range(3000):
    d["k%d" % i] = i
    if i % 3 == 0:
        d.pop("k%d" % (i // 2), None)
keys = list(d)
print(len(d), keys[:6], keys[-4:], all(d[k] == int(k[1:]) for k in keys))

d = {str(i): i for i in range(40)}
for _ in range(10):
    d.popitem()
for i in range(100, 200):
    d[str(i)] = i
print(len(d), list(d.items())[28:33], d["150"])

d = {"a": 1, "b": 2, "c": 3, "d": 4}
d[5] = "five"
d[(1, 2)] = "pair"
for i in range(20):
    d[float(i) + 0.5] = i
print(list(d)[:8], d[5], d[(1, 2)], d[3.5])

s = {}
for i in range(200):
    s[Same(i)] = i
for i in range(0, 200, 2):
    del s[Same(i)]
for i in range(200, 260):
    s[Same(i)] = i
print(len(s), list(s)[:3], list(s)[-2:], s[Same(101)], Same(100) in s)

memo = {}


def f(n):
    if n in memo:
        return memo[n]
    r = n if n < 2 else f(n // 2) + f(n // 3) + 1
    memo[n] = r
    return r


gc.collect()
total = sum(f(n) for n in range(1, 60000, 7))
print(total, len(memo))

d = dict.fromkeys(range(10))
for i in range(10):
    del d[i]
d["x"] = 1
print(d, len(d))
d.clear()
for i in range(50):
    d[i] = [i]
print(sum(v[0] for v in d.values()), next(iter(d)), next(reversed(d)))
