# closures: closures with nonlocal state, function factories, decorators
# (plain, parameterized, functools.wraps, class-based) and a memoizer.
import sys
import functools


def size(full, small):
    if len(sys.argv) < 2:
        return full
    return small if sys.argv[1] == "small" else int(sys.argv[1])


def counter(start=0):
    count = start

    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc


def adder(k):
    return lambda x: x + k


def compose(*fns):
    def run(x):
        for f in fns:
            x = f(x)
        return x
    return run


def logged(fn):
    calls = [0]

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        calls[0] += 1
        return fn(*args, **kwargs)
    wrapper.calls = calls
    return wrapper


def clamp_result(lo, hi):
    def deco(fn):
        def wrapper(*args):
            r = fn(*args)
            return lo if r < lo else hi if r > hi else r
        return wrapper
    return deco


class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.count = 0

    def __call__(self, *args):
        self.count += 1
        return self.fn(*args)


def memoize(fn):
    cache = {}

    def wrapper(n):
        if n in cache:
            return cache[n]
        r = fn(n)
        cache[n] = r
        return r
    return wrapper


@logged
def scale(x, factor=3):
    return x * factor


@clamp_result(0, 1000)
def wave(x):
    return (x * 37) % 1500 - 200


@CountCalls
def twice(x):
    return 2 * x


@memoize
def collatz_len(n):
    if n == 1:
        return 1
    return 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)


def main():
    n = size(900000, 1500)
    c = counter()
    pipeline = compose(adder(1), adder(2), twice, adder(-3))
    total = 0
    for i in range(n):
        c()
        total += pipeline(i) + scale(i) + wave(i)
        if i % 3 == 0:
            total += scale(i, factor=2)
    best = max(range(1, n // 5), key=collatz_len)
    print(total, c(0), scale.calls[0], twice.count, scale.__name__, best, collatz_len(best))


main()
