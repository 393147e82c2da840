# list.sort compares int, float and str keys directly and tuples item by
# item; user-visible calls and results must be exactly CPython's.
calls = []


class K:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        calls.append(("eq", self.v, other.v))
        return self.v == other.v

    def __lt__(self, other):
        calls.append(("lt", self.v, other.v))
        return self.v < other.v

    def __repr__(self):
        return "K(%r)" % self.v


data = [(K(i % 3), i % 5, str(i)) for i in range(12)]
data.sort()
print(data)
print(len(calls), calls[:6])


class S(str):
    def __lt__(self, other):
        return len(self) < len(other)


words = [S(w) for w in ["ccc", "a", "bb", "dddd", "e"]]
print(sorted(words))
print(sorted(["b", "a", "\u00e9", "\U0001f600", "\ud800", "z", "\uffff"]))
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0]))
print(sorted([(1, nan), (1, 2.0), (0, nan)]))
print(sorted([3, 1.5, 2, True, -1, 2**70, -2**70, 0.5]))
print(sorted([(1, "b"), (1, "a"), (0, "z"), (1,), ()]))
print(sorted([((1, 2), "x"), ((1, 1), "y"), ((0, 9), "z")]))
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted(["a", 1])
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([5, 3, 9, 1], reverse=True), sorted("hello world"))
print(sorted([(2, "a"), (1, "b"), (2, "a")], key=lambda t: t[1]))


class T(tuple):
    def __lt__(self, other):
        return sum(self) < sum(other)


print(sorted([T((5, 0)), T((1, 1)), T((0, 3))]))
