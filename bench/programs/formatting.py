# formatting: f-strings with format specifications, %-formatting,
# str.format with positional, named and attribute fields, repr and str of
# numbers.
import sys


def size(full, small):
    if len(sys.argv) < 2:
        return full
    return small if sys.argv[1] == "small" else int(sys.argv[1])


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

    def __format__(self, spec):
        return f"<{self.x:{spec}}, {self.y:{spec}}>"


def main():
    n = size(150000, 1500)
    total = 0
    last = []
    for i in range(n):
        f = i / 7.0
        name = "user%d" % (i % 97)
        a = f"{i:>8}|{f:10.3f}|{name:<12}|{i:#x}|{i:08b}|{f:e}|{i:,}"
        b = "%5d %-8s %.2f %x %r %%" % (i, name, f, i, name)
        c = "{0}-{1:>6}-{name}-{p.x:.1f}".format(i, name, name=name, p=Point(f, i))
        d = f"{Point(i, f)!r} {Point(f, f):.2f} {f!s} {repr(f)} {str(i)}"
        e = "{:^20}|{:+.3g}|{:%}".format(name, f * 1000, f / 100)
        total += len(a) + len(b) + len(c) + len(d) + len(e)
        if i % (n // 5) == 0:
            last.append(a + b + c + d + e)
    for line in last:
        print(line)
    print(total)


main()
