import random, statistics, collections, itertools, math, heapq, bisect
rng = random.Random(2024)
print([rng.randint(1, 6) for _ in range(20)])
print(rng.sample(["a", "b", "c"], counts=[3, 1, 2], k=5), rng.choices(range(5), cum_weights=[1, 2, 3, 10, 11], k=8))
try:
    rng.shuffle([1, 2], random=rng.random)
except TypeError as e:
    print("TypeError", e)
try:
    rng.sample(range(3), 2, counts=[1, 1])
except ValueError as e:
    print("ValueError", e)
try:
    rng.choices([1, 2], weights=[0, 0])
except ValueError as e:
    print("ValueError", e)
try:
    rng.choices([1], weights=[1], cum_weights=[1])
except TypeError as e:
    print("TypeError", e)
try:
    rng.randrange(0, 10, 0)
except ValueError as e:
    print("ValueError", e)
import warnings
with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter("always")
    try:
        rng.randrange(10.5)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
    print([(w.category.__name__, str(w.message)) for w in ws])
try:
    rng.seed([1, 2])
except TypeError as e:
    print("TypeError", e)
def walk(n, seed):
    r = random.Random(seed)
    pos = 0
    hist = collections.Counter()
    for _ in range(n):
        pos += r.choice((-1, 1))
        hist[pos] += 1
    return pos, hist.most_common(3)
print(walk(1000, 1), walk(1000, "seed"), walk(500, 3.14))
queue = []
r = random.Random(7)
t = 0.0
for i in range(10):
    t += r.expovariate(2.0)
    heapq.heappush(queue, (round(t, 6), f"job{i}", r.choice("ABC")))
print([heapq.heappop(queue)[1] for _ in range(5)])
samples = [r.gauss(10, 2) for _ in range(1000)]
print(round(statistics.mean(samples), 6), round(statistics.stdev(samples), 6), round(min(samples), 6), round(max(samples), 6))
grid = [[r.random() < 0.3 for _ in range(12)] for _ in range(6)]
print("\n".join("".join("#" if c else "." for c in row) for row in grid))
deck = [f"{v}{s}" for s in "SHDC" for v in "A23456789TJQK"]
r.shuffle(deck)
print(deck[:10], sorted(deck[:5], key=lambda c: "A23456789TJQK".index(c[0])))
print(r.getrandbits(1), r.getrandbits(128), r.randbytes(8).hex(), r.uniform(-1, 1), r.triangular())
print([round(r.betavariate(0.5, 0.5), 8) for _ in range(3)], [round(r.gammavariate(0.5, 1), 8) for _ in range(3)], [round(r.vonmisesvariate(0, 0), 8) for _ in range(2)])
scores = sorted(r.randint(0, 100) for _ in range(30))
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in scores[:10]])
print(random.Random(0).random() == random.Random(0).random(), random.Random(5).getstate()[1][:3])
st = rng.getstate(); a = rng.random(); rng.setstate(st); print(a == rng.random())
try:
    rng.setstate((99, (), None))
except ValueError as e:
    print("ValueError", e)
class MyRandom(random.Random):
    def random(self):
        return 0.5
m = MyRandom(1)
print(m.choice("abcd"), m.randint(1, 10), m.uniform(0, 10), m.sample(range(10), 3))
sr = random.SystemRandom()
print(type(sr.random()).__name__, 0 <= sr.randrange(10) < 10)
try:
    sr.getstate()
except NotImplementedError as e:
    print("NotImplementedError", e)
