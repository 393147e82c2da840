# Key functions and predicates called once per element from Go code
# (min, max, sorted, list.sort, filter): every kind of callable, errors
# raised inside, nested calls and recursion.
import functools
import sys


def report(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)


words = ["pear", "Fig", "apple", "kiwi", "banana", "Date"]
print(min(words, key=len), max(words, key=len), sorted(words, key=str.lower))
print(min(words, key=lambda w: w[-1]), max(words, key=lambda w, k=2: w[k:]))
print(sorted(words, key=len, reverse=True))
print(list(filter(lambda w: "a" in w, words)), list(filter(None, [0, 1, "", "x"])))
print(max(range(10), key=lambda v: (v % 3, -v)), min([3, 1, 2], key=None))
print(max(3, 9, 4, key=lambda v: -v), min(3, 9, 4, key=abs))


class Pt:
    def __init__(self, x):
        self.x = x

    def norm(self):
        return abs(self.x)

    def __repr__(self):
        return "Pt(%d)" % self.x


pts = [Pt(3), Pt(-5), Pt(1)]
print(max(pts, key=Pt.norm), min(pts, key=lambda p: p.x), sorted(pts, key=Pt.norm))
print(sorted([3, 1, 2], key=functools.partial(pow, 2)), sorted(["b", "a"], key=str))
print(sorted([1, 2, 3], key=[9, 7, 8].__getitem__ if False else (lambda i: [0, 9, 7, 8][i])))


class Keyer:
    calls = 0

    def __call__(self, v):
        Keyer.calls += 1
        return -v


print(sorted([1, 3, 2], key=Keyer()), max([1, 3, 2], key=Keyer()), Keyer.calls)


def outer(n):
    return lambda v: (v - n) ** 2


print(min(range(20), key=outer(7)), sorted(range(5), key=outer(2)))


# A key that sorts inside: nested uses of the same machinery.
def nested_key(v):
    return sorted([v, -v], key=lambda z: z * z)[0] + max([v, 1], key=lambda z: z)


print(sorted(range(-3, 4), key=nested_key))


# Recursion inside the key function.
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(max(range(30), key=depth), sorted(range(5), key=lambda v: depth(4 - v)))


# Errors raised inside key functions stop the scan.
def bad(v):
    if v == 3:
        raise ValueError("bad key %d" % v)
    return v


report(lambda: max(range(10), key=bad))
report(lambda: min(range(10), key=bad))
report(lambda: sorted(range(10), key=bad))
report(lambda: list(filter(bad, range(10))))
report(lambda: max([1, 2], key=lambda: 0))
report(lambda: sorted([1, 2], key=lambda a, b: 0))
report(lambda: max([1, 2], key=5))
report(lambda: sorted([1, "a"], key=lambda v: v))
report(lambda: min([1, 2], key=lambda v: object()))
report(lambda: max([], key=len))
report(lambda: max([], key=len, default="empty"))


# Generator functions as keys produce generators (which do not compare).
def gen_key(v):
    yield v


report(lambda: sorted([1, 2], key=gen_key))
print(len(sorted([1], key=gen_key)))


# list.sort with a key that looks at (or changes) the list.
lst = [3, 1, 2]


def peek(v):
    return (len(lst), v)


lst.sort(key=peek)
print(lst)


def grow(v):
    lst.append(v)
    return v


report(lambda: lst.sort(key=grow))
print(len(lst))

# Keys that keep their argument, or the frame they ran in.
kept = []
sorted([5, 4], key=lambda v: kept.append(v) or v)
print(kept)
frames = []
max([1, 2], key=lambda v: frames.append(sys._getframe()) or v)
print([f.f_locals for f in frames], [f.f_code.co_name for f in frames])


def tb_key(v):
    try:
        raise KeyError(v)
    except KeyError as e:
        return e.__traceback__.tb_frame.f_locals["v"]


print(sorted([2, 1], key=tb_key))
# The recursion limit still applies to keys run from Go.
old = sys.getrecursionlimit()
sys.setrecursionlimit(60)


def deep(v):
    return deep(v)


report(lambda: max([1], key=deep) and None)
sys.setrecursionlimit(old)
print(sorted(range(3), key=lambda v: -v))

# min and max compare ints, floats and strs directly; everything else (and
# mixed types) through the rich comparison.
class I(int):
    def __lt__(self, other):
        return int(self) > int(other)

    def __gt__(self, other):
        return int(self) < int(other)


print(min([I(1), I(5), I(3)]), max([I(1), I(5), I(3)]), min(I(2), I(9)))
print(min([1, True, 1.0]), max([1, True, 1.0]), max([True, 1]), min([2.5, 2, 3]))
nan = float("nan")
print(max([nan, 1.0, 2.0]), max([1.0, nan, 2.0]), min([1.0, nan, 0.5]))
print(max(["b", "ab", "é", "z"]), min(["b", "ab", "é", "z"]), max("hello"), min("hello"))
print(max([2 ** 70, 5, -2 ** 70]), min([2 ** 70, 5, -2 ** 70]), max([-0.0, 0.0]), min([0.0, -0.0]))
report(lambda: max([1, "a"]))
report(lambda: min(["a", 1]))
