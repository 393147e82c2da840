# Forwarding wrappers calling forwarding wrappers through f(*a, **k), as
# stacked decorators do, with callees that keep or inspect what they get.
import functools
import sys


def logged(fn):
    calls = [0]

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        calls[0] += 1
        return fn(*args, **kwargs)
    wrapper.calls = calls
    return wrapper


def passthrough(fn):
    def inner(*args):
        return fn(*args)
    return inner


kept = []


@logged
@logged
@passthrough
def keep(*a):
    kept.append(a)
    return len(a)


@logged
@logged
def keep_kw(*a, **k):
    kept.append((a, k))
    return len(a) + len(k)


@logged
@logged
def scale(x, factor=3):
    return x * factor


total = 0
for i in range(200):
    total += scale(i) + scale(i, factor=2) + scale(x=i)
    if i % 50 == 0:
        keep(i, i + 1)
        keep_kw(i, k=i)
        keep_kw(k2=i)
print(total, scale.calls[0], keep.calls[0], keep_kw.calls[0])
print(kept)


frames = []


@logged
@logged
def peek(*a, **k):
    f = sys._getframe(1)
    frames.append((f.f_code.co_name, f.f_locals))
    f = f.f_back
    frames.append((f.f_code.co_name, f.f_locals))
    f = None
    return 0


for i in range(3):
    peek(i, w=i)
    scale(i, factor=i)
print([(name, loc["args"], loc["kwargs"]) for name, loc in frames])


@logged
@logged
def fail(*a, **k):
    raise KeyError(a, k)


seen = []
for i in range(3):
    try:
        fail(i, j=i)
    except KeyError as e:
        tb = e.__traceback__
        while tb:
            seen.append((tb.tb_frame.f_code.co_name, tb.tb_frame.f_locals.get("args"), tb.tb_frame.f_locals.get("kwargs")))
            tb = tb.tb_next
    scale(i, factor=5)
print(seen)


class Counted:
    def __init__(self, fn):
        self.fn = fn
        self.count = 0

    def __call__(self, *args):
        self.count += 1
        return self.fn(*args)


@Counted
def twice(x):
    return 2 * x


@logged
def via_counted(*args):
    return twice(*args)


print(sum(via_counted(i) for i in range(100)), twice.count)
