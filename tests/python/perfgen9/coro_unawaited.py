# The "coroutine ... was never awaited" RuntimeWarning and the closing of
# coroutines collected while suspended, for coroutines that are awaited,
# run to completion, left unstarted or dropped while suspended, in numbers
# above and below any internal batching.
import gc
import warnings


async def f(x):
    return x


class Fut:
    def __await__(self):
        yield "wait"
        return 1


async def suspends(tag, log):
    try:
        await Fut()
        await Fut()
    finally:
        log.append("finally " + tag)


def collect_warnings(body):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        body()
        gc.collect()
        gc.collect()
    return sorted(str(x.message) for x in w)


def unawaited(n):
    def body():
        for i in range(n):
            f(i)
    return body


for n in (0, 1, 3, 63, 64, 65, 200):
    ws = collect_warnings(unawaited(n))
    print(n, len(ws), ws[:1])


def mixed():
    keep = []
    for i in range(150):
        c = f(i)
        if i % 3 == 0:
            try:
                c.send(None)
            except StopIteration as e:
                keep.append(e.value)
        elif i % 3 == 1:
            c.close()
    print("completed", len(keep), sum(keep))


print(len(collect_warnings(mixed)))


def suspended():
    log = []
    cs = []
    for i in range(100):
        c = suspends("s%d" % i, log)
        c.send(None)
        if i % 2:
            c.send(None)
        cs.append(c)
    del c
    cs.clear()
    gc.collect()
    print(len(log), sorted(log)[:3])


print(collect_warnings(suspended))


async def main_coro():
    total = 0
    for i in range(100):
        total += await f(i)
    return total


def run(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value


print(collect_warnings(lambda: print(run(main_coro()))))

# A coroutine awaited twice, and one closed before it started.
c = f(5)
print(run(c))
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
c = f(6)
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
print(collect_warnings(lambda: None))

import sys
print(sys.get_coroutine_origin_tracking_depth())
sys.set_coroutine_origin_tracking_depth(2)
c = f(1)
print(c.cr_origin[0][2], len(c.cr_origin))
print(run(c))
sys.set_coroutine_origin_tracking_depth(0)
print(len(collect_warnings(lambda: print(f(2).cr_origin))))
