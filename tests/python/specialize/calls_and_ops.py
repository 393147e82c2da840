# Quickened calls (builtin functions and methods without allocation, class
# instantiation with a Python __init__, methods from generator frames) and
# the inline number and str paths, with their error cases.


class V:
    def __init__(self, d):
        self.d = d

    def value(self):
        return self.d


def h(x):
    return x * 2


vs = [V(i) for i in range(5)]
print(tuple(v.value() for v in vs))
print(tuple(h(v.d) for v in vs))
print(list(map(lambda v: v.value() + 1, vs)))

d = {}
lst = []
for i in range(30):
    lst.append(i)
    d.get(i)
    d.setdefault(i % 3, []).append(i)
print(lst[-3:], d, ",".join(str(x) for x in lst[:5]))
print("a-b-c".split("-"), "x".join(["1", "2"]), "abc".find("c"), "abc".find("c", 1, 2))
for bad in [lambda: lst.append(), lambda: lst.append(1, 2), lambda: d.get(), lambda: "x".join(1),
            lambda: len(), lambda: len(1, 2), lambda: isinstance(1), lambda: V(), lambda: V(1, 2)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)

print(1.5 + 2.25, 3.0 - 0.5, 2.0 * 4, 7 * 0.5, 3 / 4, 7.0 / 2, -7 / 2, 2 ** 62 * 4, (2 ** 53 + 1) / 1)
print(1.5 < 2.5, 2.5 <= 2.5, float("nan") == float("nan"), float("nan") != float("nan"), 1 < 1.5)
for bad in [lambda: 1.0 / 0, lambda: 1 / 0, lambda: 1.0 / 0.0]:
    try:
        bad()
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
x = 0.0
for i in range(100):
    x += i * 0.5
    x -= 0.25
print(x)

s = ""
t = ""
for i in range(2000):
    s += "x"
    if i % 10 == 0:
        s += str(i)
    t = t + "ab"
    if i == 1000:
        snapshot = s
        u = s + "tail"
print(len(s), s[-15:], len(t), len(snapshot), snapshot[-5:], u[-8:], snapshot == s[:len(snapshot)])
w = "é" * 40
for i in range(40):
    w += "ü"
print(len(w), w[38:42], w.isascii())
print(len(("a" * 70) + ""), "" + "b")
