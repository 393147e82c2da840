# kwargs: function and method calls with keyword arguments, defaults,
# keyword-only parameters, *args and **kwargs forwarding.
import sys


def size(full, small):
    if len(sys.argv) < 2:
        return full
    return small if sys.argv[1] == "small" else int(sys.argv[1])


def area(width, height=1, *, scale=1, offset=0):
    return width * height * scale + offset


def collect(*args, **kwargs):
    return len(args) + len(kwargs)


def forward(*args, **kwargs):
    return area(*args, **kwargs)


def options(a, b=2, c=3, d=4, e=5):
    return a + 2 * b + 3 * c + 4 * d + 5 * e


class Shape:
    def __init__(self, kind, *, sides=0, colour="red", filled=False):
        self.kind = kind
        self.sides = sides
        self.colour = colour
        self.filled = filled

    def describe(self, prefix="", suffix="", sep=" "):
        return len(prefix) + len(suffix) + len(sep) + self.sides

    def scaled(self, **changes):
        attrs = {"sides": self.sides, "colour": self.colour, "filled": self.filled}
        attrs.update(changes)
        return Shape(self.kind, **attrs)


def main():
    n = size(1200000, 2000)
    total = 0
    for i in range(n):
        total += area(i, 2)
        total += area(width=i, height=3, scale=2)
        total += area(i, offset=1)
        total += options(i, d=1)
        total += options(a=i, e=0, b=1)
        total += forward(i, height=2, scale=3)
        total += collect(i, i, x=1, y=2)
        if i % 8 == 0:
            s = Shape("poly", sides=i % 7, filled=True)
            t = s.scaled(sides=s.sides + 1, colour="blue")
            total += t.describe(prefix="<", sep=", ") + t.sides
    print(total)


main()
