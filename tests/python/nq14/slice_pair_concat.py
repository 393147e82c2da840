# `x[lo:hi] + x[lo2:hi2]` on one list is built as one list when the second
# slice's bounds come from simple instructions; every other shape, bound,
# type and error must behave as CPython.
import sys

def without(items, i):
    return items[:i] + items[i + 1:]

def rotate(items, i):
    return items[i:] + items[:i]

def around(items, i, j):
    return items[i:j] + items[j - 1:i - 1]

def both_open(items):
    return items[:] + items[:]

def two_lists(a, b, i):
    return a[:i] + b[i + 1:]

def stepped(items, i):
    return items[:i] + items[i + 1::2]

def neg(items, i):
    return items[:-i] + items[-i + 1:]

def called(items, i, f):
    return items[:i] + items[f(i):]

items = list(range(10))
for i in range(-3, 13):
    print(i, without(items, i), rotate(items, i), neg(items, i), stepped(items, i))
    print(around(items, i, i + 3), two_lists(items, list("abcdefghijkl"), i))
print(both_open(items), items)

# bounds that are not small ints
for i in (True, False, 2**62, 2**63 - 1, -2**63, 2**100):
    try:
        print(without(items, i)[:3], rotate(items, i)[:3])
    except Exception as e:
        print(type(e).__name__, e)

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        print("index", self.v)
        return self.v
    def __add__(self, k):
        print("add", self.v, k)
        return Idx(self.v + k)
print(without(items, Idx(3)))

for bad in (1.5, "2", None, [1]):
    try:
        print(without(items, bad))
    except TypeError as e:
        print("TypeError", e)

# a bound computed by a call that mutates the list
def grow(i):
    items.append(99)
    return i + 1
print(called(items, 2, grow), items)

# other sequence types and subclasses
print(without(tuple(range(6)), 2), without("abcdef", 2), without(b"abcdef", 2))
class L(list):
    def __add__(self, other):
        return "L.__add__"
    def __getitem__(self, k):
        r = list.__getitem__(self, k)
        return L(r) if isinstance(k, slice) else r
print(without(L([1, 2, 3]), 1), type(without(L([1, 2, 3]), 1)).__name__)
class M(list):
    pass
print(without(M([1, 2, 3]), 1), type(without(M([1, 2, 3]), 1)).__name__)

# the results are new lists sharing the items
inner = []
src = [inner, 1, 2, 3]
r = without(src, 1)
r.append("x")
print(src, r, r[0] is inner, r is not src)

# long lists, and a result used by the caller while the source changes
big = list(range(100))
for i in (0, 50, 99, 100):
    r = without(big, i)
    print(len(r), r[:2], r[-2:])
acc = []
for i in range(5):
    acc.append(without(big, i)[:3])
    big.pop(0)
print(acc)

# the permutations of nqueens
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p
ps = list(permutations(list(range(6))))
print(len(ps), ps[:2], ps[-2:], len(set(map(tuple, ps))))

# a traceback through the fused line still points at it
def fails(items, i):
    return items[:i] + items[i + 1:] + None
try:
    fails([1, 2, 3], 1)
except TypeError as e:
    print("TypeError", e, sys.exc_info()[2].tb_next.tb_lineno)

# under a trace function the instructions run one by one
events = []
def tracer(frame, event, arg):
    if frame.f_code.co_name == "without":
        events.append(event)
    return tracer
sys.settrace(tracer)
print(without([1, 2, 3, 4], 2))
sys.settrace(None)
print(events)
