# sorting: list.sort and sorted on ints, floats, strings and tuples, with
# key functions, reverse, stability, custom __lt__, bisect and heapq.
import sys
import bisect
import heapq


def size(full, small):
    if len(sys.argv) < 2:
        return full
    return small if sys.argv[1] == "small" else int(sys.argv[1])


class Version:
    __slots__ = ("parts",)

    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __lt__(self, other):
        return self.parts < other.parts


def rng(seed):
    x = seed
    while True:
        x = (x * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        yield x >> 33


def main():
    n = size(240000, 1000)
    r = rng(12345)
    ints = [next(r) % 100000 for _ in range(n)]
    floats = [i / 7.0 - 5000 for i in ints]
    words = ["%x-%d" % (i, i % 13) for i in ints]
    pairs = list(zip(ints, words))
    checksum = 0
    a = sorted(ints)
    b = sorted(floats, reverse=True)
    c = sorted(words)
    d = sorted(pairs, key=lambda p: (p[0] % 100, p[1]))
    e = sorted(words, key=len)
    f = sorted(ints, key=lambda v: -v)
    versions = sorted(Version("%d.%d.%d" % (i % 7, i % 11, i % 5)) for i in ints[: n // 4])
    checksum += a[n // 2] + int(b[n // 3]) + len(c[0]) + d[7][0] + len(e[-1]) + f[0]
    checksum += sum(versions[-1].parts)
    chunks = [ints[i:i + 50] for i in range(0, n, 50)]
    for ch in chunks:
        ch.sort()
    merged = list(heapq.merge(*chunks[:200]))
    heap = []
    for v in ints[: n // 2]:
        heapq.heappush(heap, v)
    smallest = [heapq.heappop(heap) for _ in range(100)]
    top = heapq.nlargest(10, ints)
    pos = sum(bisect.bisect_left(a, v) for v in ints[:5000])
    ins = []
    for v in ints[:3000]:
        bisect.insort(ins, v)
    stable = sorted(pairs[:5000], key=lambda p: p[0] // 1000)
    print(a[:5], b[:2], c[:3], d[:2], e[0], f[:3])
    print(checksum, merged[:5], smallest[:5], top[:3], pos, ins[len(ins) // 3], stable[1])


main()
