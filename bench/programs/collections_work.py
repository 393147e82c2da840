# collections_work: dict, list and set workloads: word counting, grouping,
# inverted index, set algebra, sorting with keys, comprehensions, slicing.
import sys


def size(full, small):
    if len(sys.argv) < 2:
        return full
    return small if sys.argv[1] == "small" else int(sys.argv[1])


SYLLABLES = ["ka", "ri", "to", "ne", "mu", "sa", "lo", "pe", "di", "vu", "an", "os"]


def make_words(n, seed):
    x = seed
    words = []
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        k = 1 + x % 3
        w = ""
        y = x >> 8
        for _ in range(k):
            w += SYLLABLES[y % len(SYLLABLES)]
            y //= len(SYLLABLES)
        words.append(w)
    return words


def work(n, seed, show):
    words = make_words(n, seed)
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    by_len = {}
    for w in counts:
        by_len.setdefault(len(w), []).append(w)
    index = {}
    for pos, w in enumerate(words):
        if w in index:
            index[w].append(pos)
        else:
            index[w] = [pos]
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    first_half = set(words[: n // 2])
    second_half = set(words[n // 2:])
    both = first_half & second_half
    either = first_half | second_half
    only = first_half - second_half
    sym = first_half ^ second_half
    squares = {i: i * i for i in range(n // 4)}
    evens = [v for k, v in squares.items() if k % 2 == 0]
    rev = evens[::-1]
    merged = list(zip(evens[:1000], rev[:1000]))
    nested = [[j for j in range(i % 10)] for i in range(n // 10)]
    flat = [x for row in nested for x in row]
    span = sum(index[w][-1] - index[w][0] for w in index)
    lists = sorted(by_len.items())
    keys_sum = sum(len(k) for k in counts.keys())
    for k in list(squares):
        if k % 3 == 0:
            del squares[k]
    total = 0
    for i in range(0, len(words), 3):
        seg = words[i:i + 3]
        seg.sort()
        seg.reverse()
        total += len(seg[0])
    dedup = sorted(set(words))
    show(len(counts), top)
    show(len(both), len(either), len(only), len(sym), len(squares), sum(evens) % 1000003)
    show(merged[-1], len(flat), sum(flat), span, [(k, len(v)) for k, v in lists])
    show(keys_sum, total, len(dedup), dedup[:3])


def main():
    n = size(200000, 2000)
    rounds = 5 if n >= 100000 else 1
    for r in range(rounds):
        work(n, 42 + r, print if r == rounds - 1 else (lambda *a: None))


main()
