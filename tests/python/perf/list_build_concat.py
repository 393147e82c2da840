# BUILD_LIST makes its items inline; ADD of two exact lists skips the
# operator dispatch, but subclasses and mixed operands keep theirs.
a = [1, 2, 3]
b = [a, "x"]
c = a + b
print(c, c is a, c[3] is a, len(c))
a.append(4)
print(a, c, b)
e = []
e.append(1)
print(e, [] + [], [] + e, e + [], (e + []) is e)
t = [9]
for i in range(10):
    t.append(i)
print(t, len(t))


class L(list):
    def __add__(self, other):
        return "L.__add__"

    def __radd__(self, other):
        return "L.__radd__"


print(L([1]) + [2], [2] + L([1]))


class M(list):
    pass


m = M([1]) + [2]
print(type(m).__name__, m, type([2] + M([1])).__name__)
try:
    [1] + (2,)
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    [1] + "ab"
except TypeError as ex:
    print(type(ex).__name__, ex)
x = [1, 2]
x += [3]
print(x)
y = x
y = y + [4]
print(x, y, y is x)
big = list(range(3000))
for i in range(3000):
    big.append(i)
print(len(big), big[2999], big[-1], sum(big))
nested = [[i] + [i + 1] for i in range(5)]
print(nested, [[]] * 3)
