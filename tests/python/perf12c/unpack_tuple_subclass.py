# x, y = t for an instance of a tuple subclass reads its items when the
# class iterates as tuple does; a class with its own __iter__ is iterated.
from collections import namedtuple

P = namedtuple("P", "x y")


class T(tuple):
    def __len__(self):
        return 99

    def __getitem__(self, i):
        return "item"


class It(tuple):
    def __iter__(self):
        yield "own"
        yield "iter"


class Later(tuple):
    pass


for v in [P(1, 2), T((3, 4)), It((5, 6)), Later((7, 8))]:
    a, b = v
    print(type(v).__name__, a, b)
    print([(x, y) for x, y in [v, v]])

Later.__iter__ = lambda self: iter(("late", "iter"))
a, b = Later((7, 8))
print(a, b)
del Later.__iter__
a, b = Later((7, 8))
print(a, b)

for v, n in [(P(1, 2), 3), (P(1, 2), 1), (T((1, 2, 3)), 2), (It((1,)), 3)]:
    try:
        if n == 3:
            a, b, c = v
        elif n == 2:
            a, b = v
        else:
            (a,) = v
    except ValueError as e:
        print("ValueError:", e)
