# unpacking: tuple packing and unpacking: swaps, star targets, nested
# targets, multiple return values, zip/enumerate loops, tuple comparison
# and sorting, and building tuples and dicts from pairs.
import sys


def size(full, small):
    if len(sys.argv) < 2:
        return full
    return small if sys.argv[1] == "small" else int(sys.argv[1])


def divmod_pair(a, b):
    return a // b, a % b


def minmax(values):
    lo, *_, hi = sorted(values)
    return lo, hi


def rotate(t):
    first, *rest = t
    return (*rest, first)


def main():
    n = size(2000000, 3000)
    a, b, c = 1, 2, 3
    total = 0
    pairs = []
    for i in range(n):
        a, b, c = b, c, a + i % 5
        q, r = divmod_pair(i + 7, 13)
        (x, y), z = (q, r), i & 7
        total += a - b + c + x * y + z
        if i % 16 == 0:
            head, *mid, tail = (i, i + 1, i + 2, i + 3)
            total += head + tail + len(mid)
            pairs.append((r, -q, i))
        t = (i, b, c)
        i2, b2, c2 = rotate(t)
        total += i2 - c2
    pairs.sort()
    lo, hi = minmax([p[2] for p in pairs[:50]])
    cols = list(zip(*pairs))
    index = {key: (first, second) for first, second, key in pairs}
    m = 0
    for k, (first, second) in enumerate(index.values()):
        if (first, second) > (6, -100):
            m += k
    words = [(len(w), w) for w in ("alpha", "be", "gam", "delta", "epsilon", "zeta") * (n // 600)]
    words.sort(reverse=True)
    print(total, a, b, c, pairs[:2], lo, hi, len(cols), sum(cols[0]), m, words[0], len(words))


main()
