# heapq's sifts compare numbers and tuples as Python does: the first
# unequal items decide, identical items count as equal (even a NaN), a
# shorter prefix is smaller, mixed int/float and big ints compare exactly,
# and non-numeric items fall back to their own __eq__ and __lt__.
import heapq
import random

nan = float("nan")


def drain(h):
    return [heapq.heappop(h) for _ in range(len(h))]


rnd = random.Random(7)
items = [(rnd.choice([0.5, 1.0, 2.5, 1.0]), rnd.randrange(5), "x" * rnd.randrange(3)) for _ in range(40)]
h = []
for it in items:
    heapq.heappush(h, it)
print(drain(h) == sorted(items))

mixed = [(1, 2.0), (1.0, 1), (2**70, 0), (2**70 + 1, -1), (True, 5), (0.999, 3), (1, 2), (1,), ()]
h = list(mixed)
heapq.heapify(h)
print(drain(h))

big = [2**64 + i for i in (3, 1, 2)] + [1e30, -1e30, 5]
h = []
for x in big:
    heapq.heappush(h, x)
print(drain(h))

# NaN: identical objects are equal in a tuple, distinct NaNs are not
h = [(nan, 1), (nan, 0), (0.0, 2)]
heapq.heapify(h)
out = drain(h)
print([(repr(a), b) for a, b in out])
n2 = float("nan")
print(heapq.heappushpop([(nan, 5)], (nan, 4)), heapq.heappushpop([(nan, 5)], (n2, 4)))


class Key:
    calls = 0

    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        Key.calls += 1
        return self.k == other.k

    def __lt__(self, other):
        Key.calls += 1
        return self.k < other.k

    def __repr__(self):
        return f"Key({self.k})"


h = []
for t in [(1.0, Key(3)), (1.0, Key(1)), (0.5, Key(9)), (1.0, Key(2))]:
    heapq.heappush(h, t)
print(drain(h), Key.calls > 0)

try:
    heapq.heappush([(1, "a")], (1, 2))
except TypeError as e:
    print("TypeError:", e)


class T(tuple):
    def __lt__(self, other):
        return len(self) > len(other)


h = [T((1,)), T((1, 2, 3)), T((1, 2))]
heapq.heapify(h)
print(drain(h))
print(heapq.nsmallest(3, [(2.0, 1), (1.0, 2), (1.0, 1), (3, 0)]), heapq.nlargest(2, [(2.0, 1), (1.0, 2), (2.0, 3)]))
