# Coroutines and generators dropped while suspended (inside an await of a
# generator-based awaitable, or a yield) are closed when collected: their
# finally clauses and except BaseException handlers run, and the
# coroutine itself dies.
import gc
import weakref


class Fut:
    def __await__(self):
        yield "wait"
        return 1


async def suspends(log, tag):
    try:
        await Fut()
    finally:
        log.append("finally " + tag)


async def catches(log):
    try:
        await Fut()
    except BaseException as e:
        log.append(type(e).__name__)


async def nested(log):
    try:
        await suspends(log, "inner")
    finally:
        log.append("finally outer")


def gen(log):
    try:
        yield 1
    finally:
        log.append("gen finally")


log = []
refs = []
for make in (lambda: suspends(log, "a"), lambda: catches(log), lambda: nested(log), lambda: gen(log)):
    c = make()
    c.send(None)
    refs.append(weakref.ref(c))
    del c
    gc.collect()
    print(log, [r() is None for r in refs])

# Many at once, half of them finished first.
log = []
cs = [suspends(log, str(i)) for i in range(40)]
for i, c in enumerate(cs):
    c.send(None)
    if i % 2:
        try:
            c.send(None)
        except StopIteration:
            pass
print(len(log))
del c
cs.clear()
gc.collect()
print(len(log), sorted(log)[:4])
