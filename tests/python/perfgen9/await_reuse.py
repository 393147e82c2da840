# Awaitables whose __await__ is a generator that yields and then returns,
# awaited from coroutines driven by send(): the generator is reused after
# it returns unless something kept a reference to it (cr_await,
# gi_yieldfrom), which must then still see the finished generator.
import sys


class Fut:
    def __init__(self, n=1):
        self.n = n

    def __await__(self):
        for i in range(self.n):
            got = yield ("fut", i)
        return "done%d" % self.n


kept = []


async def waiter(rounds):
    out = []
    for r in range(rounds):
        out.append(await Fut(1 + r % 3))
    return out


def drive(coro, peek=False):
    sent = None
    steps = 0
    while True:
        try:
            y = coro.send(sent)
        except StopIteration as e:
            return steps, e.value
        steps += 1
        if peek:
            d = coro.cr_await
            kept.append(d)
            print("awaiting", type(d).__name__, d.gi_running, d.gi_suspended if hasattr(d, "gi_suspended") else "-",
                  d.gi_frame is not None, y)
        sent = steps


print(drive(waiter(6)))
print(drive(waiter(4), peek=True))
for d in kept:
    print(type(d).__name__, d.gi_frame, d.gi_running, d.gi_yieldfrom)
    try:
        d.send(None)
    except StopIteration as e:
        print("StopIteration", e.value)
kept.clear()


# gi_yieldfrom of a plain generator delegating with yield from.
def inner():
    x = yield 1
    y = yield 2
    return x, y


def outer():
    r = yield from inner()
    return r


g = outer()
print(next(g), g.gi_yieldfrom.gi_running)
sub = g.gi_yieldfrom
print(g.send("a"))
try:
    g.send("b")
except StopIteration as e:
    print("StopIteration", e.value)
print(sub.gi_frame, g.gi_yieldfrom)
try:
    next(sub)
except StopIteration as e:
    print("StopIteration after finish", e.value)


# A chain of awaits where the innermost suspends; the outer coroutines are
# created by `await f()` and finish after the resumption.
async def leaf(x):
    return x + len(await Fut(2))


async def middle(x):
    return await leaf(x) * 2


async def top(n):
    total = 0
    for i in range(n):
        total += await middle(i)
    return total


print(drive(top(5)))
c = top(3)
print(c.send(None))
m = c.cr_await
print(type(m).__name__, m.cr_running, type(m.cr_await).__name__)
print(drive(c))
print(m.cr_frame, m.cr_await)


# Exceptions thrown into a suspended awaitable's generator, and close().
class Catching:
    def __await__(self):
        try:
            yield "wait"
        except ValueError as e:
            return "caught %s" % e
        finally:
            print("finally of Catching")


async def uses_catching():
    r = await Catching()
    r2 = await Catching()
    return r, r2


c = uses_catching()
print(c.send(None))
print(c.throw(ValueError("boom")))
try:
    c.throw(ValueError("again"))
except StopIteration as e:
    print("StopIteration", e.value)
c = uses_catching()
print(c.send(None))
c.close()
print(c.cr_frame, c.cr_await)


# Awaiting the same generator-based awaitable object twice over.
class Twice:
    def __await__(self):
        yield 1
        return 7


async def twice():
    t = Twice()
    a = await t
    b = await t
    return a + b


print(drive(twice()))
async def bad():
    await Fut(1)
    raise KeyError("k")


try:
    drive(bad())
except KeyError as e:
    print("KeyError", e)
print(sys.getrefcount is not None)
