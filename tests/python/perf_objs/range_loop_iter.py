# for loops over range(...) (the iterator made at once and reused between
# loops): nesting, break, recursion, generators, comprehensions, bounds at
# the int64 edges, and the errors of bad arguments.
import sys


def nested(n):
    out = []
    for i in range(n):
        for j in range(i, n, 2):
            for k in range(j, -1, -3):
                out.append((i, j, k))
    return out


print(len(nested(6)), nested(4)[:8])


def broken(n):
    total = 0
    for i in range(n):
        if i == 3:
            break
        for j in range(10):
            if j > i:
                break
            total += j
    for i in range(n):
        total += i
    return total


print(broken(8), broken(2))


def rec(d):
    if d == 0:
        return [0]
    acc = []
    for i in range(d):
        acc.extend(rec(i))
        acc.append(d)
    return acc


print(rec(4))


def gen(n):
    for i in range(n):
        yield i * i
        for j in range(i):
            yield -j


g1 = gen(4)
g2 = gen(3)
print(list(zip(g1, g2)), list(g1), list(g2))
g3 = gen(5)
print(next(g3), next(g3), next(g3))
g3.close()
print([x for x in range(5)], {x % 3 for x in range(10)}, {x: x * 2 for x in range(3, 0, -1)})
print(sum(x for x in range(100)), [[j for j in range(i)] for i in range(4)])
r = range(3, 20, 4)
for i in r:
    print(i, end=" ")
print(list(r), r)
big = sys.maxsize
for i in range(big - 2, big):
    print(i - big, end=" ")
for i in range(-big - 1, -big + 1):
    print(i + big, end=" ")
for i in range(big - 3, big, 2):
    print(i - big, end=" ")
for i in range(2 ** 64, 2 ** 64 + 2):
    print(i - 2 ** 64, end=" ")
print()
for args in [(1.5,), ("3",), (0, 10, 0), (), (1, 2, 3, 4), (True, 3)]:
    try:
        for i in range(*args):
            print(i, end=" ")
        print("ok", args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class I:
    def __index__(self):
        return 3


for i in range(I()):
    print("I", i)
it = iter(range(5))
for i in it:
    if i == 2:
        break
print(list(it), it.__length_hint__(), it.__reduce__()[1])
seen = []
for i in range(3):
    seen.append([k for k in range(i)])
    for j in range(2):
        seen.append(j)
print(seen)
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
