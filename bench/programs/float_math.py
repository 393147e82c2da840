# float_math: floating-point objects and the math module: points created,
# normalized and combined with sin, cos, sqrt, hypot, atan2, exp and log,
# plus a numerical integration and a Newton iteration.
import sys
import math


def size(full, small):
    if len(sys.argv) < 2:
        return full
    return small if sys.argv[1] == "small" else int(sys.argv[1])


class Point:
    __slots__ = ("x", "y", "z")

    def __init__(self, i):
        self.x = x = math.sin(i)
        self.y = math.cos(i) * 3
        self.z = (x * x) / 2

    def normalize(self):
        norm = math.sqrt(self.x * self.x + self.y * self.y + self.z * self.z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def simpson(f, a, b, n):
    h = (b - a) / n
    s = f(a) + f(b)
    for i in range(1, n):
        s += (4 if i % 2 else 2) * f(a + i * h)
    return s * h / 3


def newton_sqrt(v):
    x = v if v > 1 else 1.0
    for _ in range(30):
        nx = 0.5 * (x + v / x)
        if abs(nx - x) < 1e-15 * x:
            break
        x = nx
    return x


def main():
    n = size(600000, 2000)
    points = [Point(i) for i in range(n)]
    for p in points:
        p.normalize()
    best = points[0]
    for p in points[1:]:
        best = best.maximize(p)
    angles = sum(math.atan2(p.y, p.x) for p in points[: n // 2])
    lengths = sum(math.hypot(p.x, p.y) for p in points[: n // 2])
    area = simpson(lambda t: math.exp(-t * t) * math.log1p(t), 0.0, 3.0, n)
    roots = sum(newton_sqrt(float(i)) for i in range(1, n // 10))
    mixed = sum(math.floor(i * 0.37) - math.ceil(i * 0.21) + round(i / 3.0, 2) for i in range(n // 5))
    print("%.12f %.12f %.12f" % (best.x, best.y, best.z))
    print("%.9f %.9f %.12f %.6f %.2f" % (angles, lengths, area, roots, mixed))
    print(repr(points[n // 3].x), math.fsum(p.z for p in points[:1000]))


main()
