"""A module whose functions are loaded from the compiled-code cache."""

import functools

CONST = (1, 2.5, "three", b"four", frozenset({5}), None)


def documented(a, b=2, *args, key=None, **kw):
    """Add a and b."""
    return a + b


def plain(x):
    return [x, "plain", 3.25, (1, (2, 3))]


def closure(n):
    """Make an adder."""
    total = n

    def add(k):
        """Inner adder."""
        return total + k + len(CONST)

    return add


def gen(n):
    for i in range(n):
        yield i * i


def raiser(depth):
    if depth == 0:
        raise ValueError("deep " + str(depth))
    return raiser(depth - 1)


lam = lambda y: y * 2  # noqa: E731


def comp(xs):
    return {x: [y for y in range(x)] for x in xs}


class Shape:
    """A shape."""

    sides = 0

    def __init__(self, name):
        self.name = name

    def describe(self):
        """Say what it is."""
        return f"{self.name} with {self.sides} sides"

    @property
    def area(self):
        return 0.0

    @staticmethod
    def unit():
        return Shape("unit")

    class Inner:
        def method(self):
            return "inner"


@functools.lru_cache(maxsize=None)
def cached(n):
    return n * 3


def never_called(a, b):
    'single-quoted doc'
    x = {"k": (a, b)}
    return x, a - b, not a
