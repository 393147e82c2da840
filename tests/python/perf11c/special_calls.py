# Dunders called by the runtime (len, iteration, item access, repr, bool,
# setitem, delitem), nested in each other and failing part way.
import sys


class Seq:
    def __init__(self, n, inner=None):
        self.n = n
        self.inner = inner

    def __len__(self):
        return self.n + (len(self.inner) if self.inner is not None else 0)

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * 10 if self.inner is None else (i, self.inner[i % self.inner.n])

    def __setitem__(self, i, v):
        print("set", i, v)

    def __delitem__(self, i):
        print("del", i)

    def __repr__(self):
        return "Seq(%d, %r)" % (self.n, self.inner)

    def __bool__(self):
        return self.n % 2 == 1


class It:
    def __init__(self, n):
        self.i, self.n = 0, n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i


a = Seq(3)
b = Seq(4, a)
print([len(a) for _ in range(3)], len(b), list(a), list(b))
print(repr(b), str(b), [bool(Seq(i)) for i in range(4)])
b[1] = "x"
del b[2]
print(sum(It(100)), list(It(3)), [x for x in It(4) if x % 2])


class BadLen:
    def __init__(self, r):
        self.r = r

    def __len__(self):
        return self.r


for r in (5, -1, "x", 2**70, True):
    try:
        print(len(BadLen(r)))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)


class Deep:
    def __len__(self):
        return len(self) + 1


sys.setrecursionlimit(150)
try:
    len(Deep())
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(1000)


class Raising:
    def __getitem__(self, k):
        raise KeyError(k)

    def __iter__(self):
        raise RuntimeError("no iter")


for k in range(2):
    try:
        Raising()[k]
    except KeyError as e:
        print("KeyError", e)
try:
    list(Raising())
except RuntimeError as e:
    print("RuntimeError", e)
