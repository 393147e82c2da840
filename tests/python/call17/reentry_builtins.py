# Native functions calling plain Python functions per item (the fast
# re-entry path): results, closures, cells, defaults, __code__ swaps.
import functools
import itertools

data = [5, 3, 8, 1, 9, 2, 7]

print(list(map(lambda x: x * 2, data)))
print(list(map(lambda x, y: x - y, data, reversed(data))))
print(list(filter(lambda x: x % 2, data)))
print(sorted(data, key=lambda x: -x))
l = data[:]
l.sort(key=lambda x: (x % 3, x), reverse=True)
print(l)
print(min(data, key=lambda x: abs(x - 6)), max(data, key=lambda x: x % 5))
print(functools.reduce(lambda a, b: a * 10 + b, data))
print(functools.reduce(lambda a, b: a + b, data, 100))
print(list(itertools.accumulate(data, lambda a, b: max(a, b))))
print(list(itertools.filterfalse(lambda x: x > 4, data)))
print(list(itertools.takewhile(lambda x: x != 1, data)))
print(list(itertools.dropwhile(lambda x: x != 1, data)))
print([(k, list(g)) for k, g in itertools.groupby(sorted(data), key=lambda x: x // 3)])

# A closure (free variables) and a cell argument.
k = 10
print(list(map(lambda x: x + k, data)))


def cellarg(x):
    def inner():
        return x * 3
    x += 1
    return inner()


print(list(map(cellarg, data)))


# Defaults, *args and keyword-only parameters take the generic path.
def dflt(x, y=100):
    return x + y


def star(*a):
    return sum(a)


def kwo(x, *, z=7):
    return x * z


print(list(map(dflt, data)), list(map(star, data, data)), list(map(kwo, data)))
print(sorted(data, key=dflt), min(data, key=star))


# __code__ replaced between calls (the check is per call).
def f(x):
    return x


def g(x, y=1):
    return -x * y


calls = []


def swap(x):
    calls.append(x)
    if x == 8:
        f.__code__ = g.__code__
        f.__defaults__ = (2,)
    return f(x)


print(list(map(swap, data)))


# Bound methods and callable instances still work.
class C:
    def __init__(self):
        self.n = 0

    def m(self, x):
        self.n += 1
        return x + self.n

    def __call__(self, x):
        return x * 100


c = C()
print(list(map(c.m, data)), list(map(c, data)), c.n)
print(sorted(["b", "A", "c"], key=str.lower))


# Dunder methods called through slots.
class K:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v > other.v

    def __len__(self):
        return self.v

    def __repr__(self):
        return f"K({self.v})"


print(sorted(K(x) for x in data), [len(K(x)) for x in data[:3]])

# A nested native call inside the key.
print(sorted([[3, 1], [2, 9], [1, 1, 1]], key=lambda r: sum(map(lambda x: x * x, r))))


# A generator function as key: keys are generators, which do not order.
def genkey(x):
    yield x


print(len(list(map(genkey, data))))
try:
    sorted(data, key=genkey)
except TypeError as e:
    print("TypeError", e)
