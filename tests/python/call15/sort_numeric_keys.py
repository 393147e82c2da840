# list.sort on all-int and all-float keys (the specialised binary
# insertion): order, stability of equal keys, reverse, NaN and -0.0, and
# sizes around the minimum run length so merges happen too.
import random

rng = random.Random(1234)


def check(label, xs, key=None, reverse=False):
    got = sorted(xs, key=key, reverse=reverse)
    t = list(xs)
    t.sort(key=key, reverse=reverse)
    assert t == got or any(v != v for v in t), label
    print(label, got if len(got) <= 12 else (len(got), got[:5], got[-5:]))


timers = [(rng.random() * 10, i, "cb%d" % i) for i in range(9)]
check("timers", timers, key=lambda t: t[0])
check("timers rev", timers, key=lambda t: t[0], reverse=True)
check("ints", [5, 3, -1, 7, 3, 0, 2**40, -(2**40), 9])
check("floats", [2.5, -1.0, 0.0, -0.0, 3.25, 1e300, -1e-300, 2.5])
check("neg zero order", [0.0, -0.0, 0.0, -0.0], key=None)
print([repr(x) for x in sorted([0.0, -0.0, 0.0, -0.0])])
pairs = [(i % 3, i) for i in range(12)]
check("stable int keys", pairs, key=lambda p: p[0])
check("stable int keys rev", pairs, key=lambda p: p[0], reverse=True)
fpairs = [(float(i % 4) / 2, i) for i in range(12)]
check("stable float keys", fpairs, key=lambda p: p[0])
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0]), sorted([nan, 3.0, 1.0]), sorted([1.0, 2.0, nan, 0.5]))
for n in (0, 1, 2, 3, 31, 32, 33, 63, 64, 65, 100, 257, 1000):
    xs = [rng.randrange(-50, 50) for _ in range(n)]
    check("ints n=%d" % n, xs)
    fs = [rng.uniform(-5, 5) for _ in range(n)]
    check("floats n=%d" % n, fs)
    ks = list(range(n))
    check("by key n=%d" % n, ks, key=lambda i: (i * 37) % 11)
    check("by key rev n=%d" % n, ks, key=lambda i: (i * 37) % 11, reverse=True)
asc = list(range(70)) + list(range(10))
check("runs", asc)
desc = list(range(70, 0, -1))
check("desc", desc)
big = [2**62 + i for i in range(5)] + [1, 2]
check("bigints mixed", big)
check("int float mixed", [3, 1.5, 2, 0.5, True])
