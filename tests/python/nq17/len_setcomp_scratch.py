# len() of a set comprehension: the set is built into a reused scratch set
# (nq17); these cases check the counts and that no set escapes or is shared.
import sys


def perms_count(n):
    import itertools
    c = 0
    for p in itertools.permutations(range(n)):
        if len({p[i] + i for i in range(n)}) == n and len({p[i] - i for i in range(n)}) == n:
            c += 1
    return c


print(perms_count(6), perms_count(7))

# nested: the inner comprehension runs while the outer set is being built
print(len({len({j % 3 for j in range(i)}) for i in range(10)}))
print([len({x * y % 5 for x in range(y)}) for y in range(8)])

# an exception inside the comprehension, then more runs at the same depth
def risky(k):
    return len({10 // (i - k) for i in range(6)})

for k in (2, 9, 3, -1):
    try:
        print("risky", k, risky(k))
    except ZeroDivisionError as e:
        print("risky", k, "ZeroDivisionError", e)

# the set is not len's argument: stays a normal set with CPython's order
s = {i * 7 % 13 for i in range(20)}
print(s, len(s))
t = [{i for i in range(k)} for k in range(4)]
print(t, len(t))
print(len([{x for x in range(3)}]), sorted({x for x in range(3)}))

# len rebound: the builtin is checked at run time
def g():
    len = lambda s: ("mine", sorted(s))
    return len({i % 4 for i in range(9)})

print(g())

# a big set grows the scratch table, later small ones still count right
print(len({i for i in range(1000)}), len({i % 7 for i in range(100)}), len({1, 2} | {x for x in "abc"}))

# the comprehension's range iterator seen through f_locals stays usable
def its():
    got = []
    n = len({got.append(sys._getframe().f_locals['.0']) or i for i in range(4)})
    it = got[0]
    for k in range(3):
        pass
    return n, len(set(map(id, got))), list(it), next(it, "done")

print(its())

# strings and tuples as elements, duplicates, empty
print(len({c for c in "mississippi"}), len({(i % 2, i % 3) for i in range(12)}), len({x for x in ()}))

# generator-driven and called from a Python caller that is a generator
def gen():
    for n in range(5):
        yield len({i * i % (n + 1) for i in range(10)})

print(list(gen()))

# threads each counting
import threading
res = []
def worker(m):
    tot = 0
    for r in range(2000):
        tot += len({(i * m + r) % 17 for i in range(12)})
    res.append((m, tot))

ths = [threading.Thread(target=worker, args=(m,)) for m in range(1, 5)]
for th in ths:
    th.start()
for th in ths:
    th.join()
print(sorted(res))
