# Comprehensions whose closure holds a cell that is new on every call (a
# method's comprehension over self, a function's over its argument): the
# comprehension's function is made from the cells directly and cached; each
# call must see its own cells, never the previous call's.


class Point:
    def __init__(self, x):
        self.x = x

    def row(self, n):
        return [self.x * 10 + i for i in range(n)]

    def table(self, n):
        return {i: [self.x + i + j for j in range(2)] for i in range(n)}

    def names(self, words):
        return {w: len(w) + self.x for w in words if w}


def scaled(k, xs):
    return [x * k for x in xs], {x % k for x in xs}


def nested(k):
    return [[i + j + k for j in range(2)] for i in range(3)]


def rebinds():
    k = 1
    a = [x + k for x in range(3)]
    k = 100
    b = [x + k for x in range(3)]
    return a, b


def genexp(k):
    return sum(x + k for x in range(4)), tuple(x * k for x in range(3))


pts = [Point(i) for i in range(5)]
for p in pts:
    print(p.row(3), p.table(2), p.names(["a", "", "bcd"]))
for _ in range(2):
    for p in reversed(pts):
        print(p.row(2))
for k in (1, 2, 3, 1):
    print(scaled(k, range(1, 6)), nested(k), genexp(k))
print(rebinds(), rebinds())
