# records: dataclasses and namedtuples: construction, field access,
# generated __eq__ and __repr__, ordering, dataclasses.replace,
# namedtuple _replace/_asdict, frozen dataclasses as dict keys.
import sys
from dataclasses import dataclass, field, replace
from collections import namedtuple


def size(full, small):
    if len(sys.argv) < 2:
        return full
    return small if sys.argv[1] == "small" else int(sys.argv[1])


Point = namedtuple("Point", "x y")
Line = namedtuple("Line", ["start", "end", "label"], defaults=["-"])


@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: list = field(default_factory=list)

    def total(self):
        return self.price * self.qty


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int
    patch: int = 0


def main():
    n = size(600000, 1000)
    acc = 0.0
    items = []
    for i in range(n):
        it = Item("item%d" % (i % 100), (i % 37) * 0.5, qty=i % 4)
        if i % 3 == 0:
            it.tags.append("sale")
        acc += it.total()
        if i % 50 == 0:
            items.append(it)
    same = sum(1 for a, b in zip(items, items[1:]) if a == replace(b, name=a.name, price=a.price, qty=a.qty, tags=a.tags))
    pts = [Point(i % 17, i % 23) for i in range(n)]
    sx = sum(p.x for p in pts)
    sy = sum(y for _, y in pts)
    moved = [p._replace(x=p.x + 1) for p in pts[:1000]]
    lines = [Line(p, q) for p, q in zip(moved, moved[1:])]
    longest = max(lines, key=lambda l: (l.end.x - l.start.x) ** 2 + (l.end.y - l.start.y) ** 2)
    versions = [Version(i % 3, i % 7, i % 5) for i in range(n // 10)]
    uniq = sorted(set(versions))
    counts = {}
    for v in versions:
        counts[v] = counts.get(v, 0) + 1
    print("%.2f" % acc, len(items), same, sx, sy, longest, longest._asdict())
    print(uniq[:3], uniq[-1], max(counts.values()), repr(items[1]))


main()
