# `await f()` on a coroutine just created: GET_AWAITABLE starts it at once
# (the SEND's first resumption). Everything observable must be as CPython.
import sys
import traceback


def drive(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def square(x):
    return x * x


async def compute(n):
    acc = 0
    for i in range(n):
        acc += await square(i)
    return acc

print("compute", drive(compute(50)))


# Arguments of every shape, defaults, keyword-only, *args, **kwargs.
async def shapes(a, b=2, *rest, c=3, **kw):
    return (a, b, rest, c, sorted(kw.items()))


async def call_shapes():
    out = []
    out.append(await shapes(1))
    out.append(await shapes(1, 5))
    out.append(await shapes(1, 5, 6, 7, c=9, z=1))
    out.append(await shapes(*[4, 5], **{"c": 0, "y": 2}))
    return out

for row in drive(call_shapes()):
    print("shapes", row)


# Closures and cells inside the awaited coroutine and its creator.
def make(k):
    async def inner(x):
        def add():
            return x + k
        return add()
    return inner


async def use_closures():
    f = make(10)
    total = 0
    for i in range(5):
        total += await f(i)
    return total

print("closures", drive(use_closures()))


# The coroutine's frame runs above its awaiter while it runs.
async def where():
    fr = sys._getframe()
    back = fr.f_back
    return (fr.f_code.co_name, back.f_code.co_name, back.f_lineno)


async def outer_where():
    return await where()

print("where", drive(outer_where()))


# cr_running / cr_await seen from inside.
holder = {}


async def peek():
    c = holder["c"]
    return (c.cr_running, c.cr_await is not None)


async def watcher():
    return await peek()

c = watcher()
holder["c"] = c
print("peek", drive(c))


# Exceptions escape through the await with the awaiter's line in the traceback.
async def boom(x):
    raise ValueError("boom %d" % x)


async def catcher():
    try:
        await boom(7)
    except ValueError as e:
        tb = traceback.extract_tb(e.__traceback__)
        return [(t.name, t.line) for t in tb]

for row in drive(catcher()):
    print("tb", row)


# StopIteration raised inside becomes RuntimeError.
async def stopper():
    raise StopIteration(5)


async def call_stopper():
    try:
        await stopper()
    except RuntimeError as e:
        return (str(e), type(e.__cause__).__name__)

print("stop", drive(call_stopper()))


# A coroutine that suspends: values pass through the await to the driver.
class Fut:
    def __await__(self):
        v = yield "waiting"
        return v


async def suspends(x):
    got = await Fut()
    return got + x


async def chain():
    return await suspends(1) + await suspends(2)

c = chain()
print("send1", c.send(None))
print("send2", c.send(10))
try:
    c.send(20)
except StopIteration as e:
    print("chain", e.value)


# Throw into the awaiter while the awaited coroutine is suspended.
async def guarded():
    try:
        await Fut()
    except KeyError as e:
        return "caught %r" % (e,)


async def guard_outer():
    return await guarded()

c = guard_outer()
print("throw-start", c.send(None))
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print("throw", e.value)


# Deep recursion through `await f()` hits RecursionError, not a crash.
async def deep(n):
    if n == 0:
        return 0
    return 1 + await deep(n - 1)

print("deep", drive(deep(200)))
try:
    drive(deep(100000))
except RecursionError:
    print("recursion error")


# Awaiting a coroutine that was created earlier (not fresh at the await).
async def early():
    c = square(9)
    x = 1
    return x + await c

print("early", drive(early()))


# Awaiting the same coroutine twice.
async def twice():
    c = square(3)
    a = await c
    try:
        await c
    except RuntimeError as e:
        return a, str(e)

print("twice", drive(twice()))


# Tracing sees the same calls and lines.
events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name in ("square", "traced"):
        events.append((frame.f_code.co_name, event))
    return tracer


async def traced():
    return await square(4)

sys.settrace(tracer)
r = drive(traced())
sys.settrace(None)
print("traced", r, events)
