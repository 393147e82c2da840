# generators: pipelines of generator functions, generator expressions,
# yield from, send() and generator-based iteration helpers.
import sys


def size(full, small):
    if len(sys.argv) < 2:
        return full
    return small if sys.argv[1] == "small" else int(sys.argv[1])


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(it):
    for x in it:
        yield x * x


def only_odd(it):
    for x in it:
        if x & 1:
            yield x


def chunks(it, k):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == k:
            yield buf
            buf = []
    if buf:
        yield buf


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


def running_mean():
    total = 0.0
    count = 0
    mean = None
    while True:
        x = yield mean
        total += x
        count += 1
        mean = total / count


def tree(depth):
    if depth == 0:
        return [1]
    return [tree(depth - 1), depth, tree(depth - 1)]


def main():
    n = size(1800000, 3000)
    s1 = sum(only_odd(squares(numbers(n))))
    s2 = sum(len(c) * c[0] for c in chunks(numbers(n), 7))
    s3 = sum(x * 2 for x in range(n) if x % 3 == 0)
    s4 = sum(flatten([tree(12) for _ in range(max(1, n // 30000))]))
    acc = running_mean()
    next(acc)
    m = 0.0
    for i in range(n // 2):
        m = acc.send(i % 100)
    s5 = max(enumerate(x % 1009 for x in numbers(n // 2)), key=lambda p: p[1])
    print(s1, s2, s3, s4, "%.6f" % m, s5)


main()
