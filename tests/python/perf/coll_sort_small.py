# list.sort/sorted on short lists (a shared work array, one run extended by
# binary insertion) and long ones: the comparisons made, in order, must be
# CPython's, and errors, reentrant sorts and mutation must behave alike.
import random


class Key:
    log = []

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Key.log.append((self.v, other.v))
        return self.v < other.v

    def __repr__(self):
        return "K%r" % (self.v,)


def compares(values):
    Key.log = []
    out = sorted(Key(v) for v in values)
    return [k.v for k in out], len(Key.log), Key.log[:12]


rnd = random.Random(5)
for n in (0, 1, 2, 3, 5, 16, 31, 32, 33, 63, 64, 65, 200):
    vals = [rnd.randrange(20) for _ in range(n)]
    print(n, compares(vals))
    print(n, compares(sorted(vals)), compares(sorted(vals, reverse=True))[1:])


class Bad:
    def __init__(self, v, fail):
        self.v, self.fail = v, fail

    def __lt__(self, other):
        if self.fail or other.fail:
            raise ValueError("bad compare %d" % self.v)
        return self.v < other.v


for n in (5, 40, 100):
    items = [Bad(i, i == n // 2) for i in range(n, 0, -1)]
    try:
        items.sort()
    except ValueError as e:
        print("error", e, sorted(b.v for b in items) == list(range(1, n + 1)))


def key_fails(x):
    if x == 3:
        raise KeyError(x)
    return -x


for n in (5, 50):
    data = list(range(n))
    try:
        data.sort(key=key_fails)
    except KeyError as e:
        print("key error", e, data[:6])


def nested_key(x):
    # A sort inside a key function: the inner sort must not share the
    # outer one's work array.
    inner = sorted([x % 3, x % 5, x % 7, -x])
    return (inner, x)


print(sorted(range(20), key=nested_key)[:10])
print(sorted([[3, 1, 2], [1], [2, 2]], key=sorted))


class Mutator:
    def __init__(self, v, target):
        self.v, self.target = v, target

    def __lt__(self, other):
        self.target.append(1)
        return self.v < other.v


for n in (4, 70):
    lst = []
    lst.extend(Mutator(i, lst) for i in range(n, 0, -1))
    try:
        lst.sort()
    except ValueError as e:
        print("mutated", n, e, len(lst))

words = ["b", "a", "c", "a", "b"]
print(sorted(words, key=str.upper, reverse=True), sorted(words, reverse=True))
pairs = [(1, "x"), (0, "y"), (1, "a"), (0, "b")]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted([3.0, float("nan"), 1.0, 2.0, float("nan"), 0.5]))
print(sorted([1, 2.5, True, -1, 0.0, False]))
for n in range(0, 40, 7):
    seg = [str(i) for i in range(n, 0, -1)]
    seg.sort()
    seg.reverse()
    print(n, seg[:3])
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError", e)
