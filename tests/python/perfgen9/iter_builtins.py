# map() with one and several iterables (unequal lengths, exceptions from
# the function or an iterator, StopIteration raised by the function),
# sum() of ints around the 64-bit limits and of mixed types, and `in` on
# sets and frozensets with int, float, str and unhashable keys.
import sys

M = sys.maxsize
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [5, 2, 9])), list(map(lambda *a: a, "ab", [1], (7, 8))))
print(list(map(lambda a, b, c: a + b + c, range(3), range(10, 13), range(100, 200))))


def boom(x):
    if x == 2:
        raise ValueError("bad %d" % x)
    return x


m = map(boom, [1, 2, 3])
print(next(m))
try:
    next(m)
except ValueError as e:
    print("ValueError", e)
print(list(m))


def stopper(x):
    if x > 1:
        raise StopIteration
    return x


print(list(map(stopper, [0, 1, 2, 3])))


def bad_iter():
    yield 1
    raise KeyError("it")


try:
    print(list(map(lambda a, b: (a, b), [1, 2, 3], bad_iter())))
except KeyError as e:
    print("KeyError", e)
it1 = iter([1, 2, 3])
print(list(map(lambda a, b: a + b, it1, [10])), list(it1))
try:
    map(abs)
except TypeError as e:
    print("TypeError", e)
try:
    list(map(abs, ["x"]))
except TypeError as e:
    print("TypeError", e)


# Deep recursion through map's calls.
def depth(n):
    return 0 if n == 0 else 1 + sum(map(depth, [n - 1]))


print(depth(50))

print(sum([M, 1]), sum([-M, -2]), sum([M, -1, 1]), sum([1, 2, 3], 10), sum([True, True]), sum([1, 2.5]))
print(sum(range(10**5)), sum([M, M, -M]), sum([-M - 1, -1]), sum([], -M - 1), sum([2**70, -2**70, 5]))
print(sum([1, 2], 0.5), sum([0.5, 1, 2]), sum(x * x for x in range(100)), sum([1, 2], M))


class Num(int):
    def __add__(self, other):
        return "Num.__add__"

    def __radd__(self, other):
        return "Num.__radd__"


print(sum([1, Num(2)]), sum([Num(2), 1]))
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError", e)

s = {1, 2, 3, "a", 2.5, (1, 2), frozenset([9])}
fs = frozenset(s)
for k in (1, 1.0, True, 2.5, 3.0, 4, "a", "b", (1, 2), frozenset([9]), {9}, float("nan"), -1, -2, 2**61 - 1, 2**64):
    print(repr(k), k in s, k not in s, k in fs)
    if k in s:
        pass
    if k not in fs:
        pass
try:
    [] in s
except TypeError as e:
    print("TypeError", e)


class S(set):
    def __contains__(self, k):
        return "sub"


print(1 in S([1]), 5 in S())
nan = float("nan")
print(nan in {nan}, float("nan") in {nan})


class H:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        print("eq called")
        return isinstance(other, H) and self.h == other.h


hs = {H(1), H(2)}
print(H(1) in hs, 1 in hs, -1 in {-1}, -2 in {-1}, hash(-1) == hash(-2))
