# The collector runs on the interpreter thread when the allocation
# headroom is used up (cmd/krait/mem10_gcdriver.go): allocation-heavy
# loops, threads, generators, finalizers and weak references must behave
# the same whatever the timing of the collections.
import gc
import threading
import weakref


def churn(n):
    # Many short-lived containers: several collections' worth of garbage.
    total = 0
    for i in range(n):
        row = [i, i + 1, (i, str(i)), {"k": i}]
        total += len(row) + row[2][0] % 7
    return total


print("churn", churn(200000))


class Node:
    deleted = 0

    def __init__(self, i):
        self.i = i
        self.other = None

    def __del__(self):
        Node.deleted += 1


def pairs(n):
    for i in range(n):
        a, b = Node(i), Node(-i)
        a.other = b  # no cycle: Go does not finalize cyclic garbage


pairs(2000)
gc.collect()
gc.collect()
print("deleted all", Node.deleted == 4000)

calls = []


class Thing:
    pass


keep = []
for i in range(1000):
    t = Thing()
    weakref.finalize(t, calls.append, i)
    if i % 100 == 0:
        keep.append(t)
churn(50000)
gc.collect()
print("finalized", len(calls), sorted(calls)[:3], len(keep))

results = [0] * 4


def worker(k):
    results[k] = churn(30000 + k)


threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("threads", results)


def gen(n):
    for i in range(n):
        yield [i] * 3


print("generator", sum(x[0] + len(x) for x in gen(100000)))

refs = [weakref.ref(Thing()) for _ in range(100)]
gc.collect()
print("dead weakrefs", sum(r() is None for r in refs))
big = [[j] * 50 for j in range(20000)]
print("big", len(big), sum(len(x) for x in big))
