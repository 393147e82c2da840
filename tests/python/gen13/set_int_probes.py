# Sets of ints through adds and removes (dummies on the probe paths), with
# floats, big ints and heap keys mixed in: membership, iteration order and
# pop order must be CPython's.
import random


def show(s):
    return list(s)


# A backtracking search: add / remove cycles leave dummies everywhere.
def queens(n):
    cols, d1, d2 = set(), set(), set()
    count = 0
    orders = []

    def place(row):
        nonlocal count
        if row == n:
            count += 1
            if count % 7 == 1:
                orders.append((show(cols), show(d1), show(d2)))
            return
        for c in range(n):
            if c in cols or row + c in d1 or row - c in d2:
                continue
            cols.add(c)
            d1.add(row + c)
            d2.add(row - c)
            place(row + 1)
            cols.remove(c)
            d1.remove(row + c)
            d2.remove(row - c)

    place(0)
    return count, orders[:6]


print(queens(6))
print(queens(8)[0])

rng = random.Random(1234)
s = set()
log = []
for step in range(4000):
    k = rng.randrange(-40, 60)
    if rng.random() < 0.55:
        s.add(k)
    else:
        s.discard(k)
    if step % 250 == 0:
        log.append(show(s))
print(log)
print(show(s), len(s))

# Special hashes and payloads: -1 hashes to -2, numbers at and past the
# hash modulus, and negative numbers whose home slot is near the table end.
M = (1 << 61) - 1
keys = [-1, -2, M, M + 1, -M, -M - 1, 2 * M + 5, 1 << 62, -(1 << 62), 0, 7, -8]
t = set()
for k in keys:
    t.add(k)
print(show(t), [k in t for k in keys], [k + 1 in t for k in keys])
for k in keys[::2]:
    t.remove(k)
print(show(t), [k in t for k in keys])
for k in keys:
    t.add(k)
print(show(t))

# Equal numbers of other kinds stop the int probe: 1.0 and True are 1.
u = {1.0, 2, 3}
u.add(1)
u.add(True)
print(show(u), 1 in u, 1.0 in u)
u.discard(1)
print(show(u))
u.add(2.0)
print(show(u), [type(x).__name__ for x in u])
mixed = set()
for i in range(30):
    mixed.add(i)
    mixed.add((i, -i))
    if i % 3 == 0:
        mixed.discard(i - 1)
        mixed.add(float(i) + 0.5)
print(show(mixed))
big = {10 ** 30, 10 ** 30 + 1}
for i in range(20):
    big.add(i * 8)
print(show(big), 10 ** 30 in big, 160 in big)

# Pop order after churn, and set comprehensions over ints.
p = set(range(50))
for i in range(0, 50, 3):
    p.remove(i)
for i in range(100, 130):
    p.add(i)
print([p.pop() for _ in range(10)], show(p))
print(show({i * i % 97 - 48 for i in range(200)}))
print(show({x for x in range(-20, 20)} - {x for x in range(-5, 25, 2)}))
print(show({x for x in range(-20, 20)} | {x * 3 for x in range(-10, 10)}))
print(show({x for x in range(64)} & {x for x in range(-64, 200, 5)}))
print(show({x for x in range(16)} ^ {x for x in range(8, 40, 3)}))
print(sorted(frozenset(range(-10, 10, 3))), hash(frozenset({1, 2, 3})) == hash(frozenset({3, 2, 1})))
