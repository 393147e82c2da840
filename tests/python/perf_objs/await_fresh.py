# Coroutines awaited straight from their call: returning at once, suspending,
# raising, thrown into, introspected while running and after.
import sys
import types


@types.coroutine
def suspend(v):
    got = yield v
    return got


async def square(x):
    return x * x


async def maybe(x):
    if x % 3 == 0:
        return await suspend(x)
    return -x


seen = []


async def introspect(n):
    # the frame of a running coroutine: code, locals, back chain
    f = sys._getframe()
    seen.append((f.f_code.co_name, f.f_locals.get("n"), f.f_back.f_code.co_name))
    return n


async def raising(x):
    if x == 2:
        raise ValueError("bad %d" % x)
    return x


async def saves_frame(box):
    box.append(sys._getframe())
    return len(box)


async def deep(n):
    if n == 0:
        return 0
    return 1 + await deep(n - 1)


async def driver():
    acc = 0
    for i in range(50):
        acc += await square(i)
    print("squares", acc)
    out = []
    for i in range(10):
        out.append(await maybe(i))
    print("maybe", out)
    for i in range(3):
        print("introspect", await introspect(i))
    print(seen)
    for i in range(4):
        try:
            print("raising", await raising(i))
        except ValueError as e:
            print("caught", e, type(e.__traceback__.tb_next.tb_frame.f_code.co_name))
            print("tb frame", e.__traceback__.tb_next.tb_frame.f_code.co_name,
                  e.__traceback__.tb_next.tb_frame.f_locals)
    box = []
    for i in range(3):
        await saves_frame(box)
    print("frames", [f.f_code.co_name for f in box], [f.f_locals["box"] is box for f in box])
    print("deep", await deep(100))
    # a stored coroutine awaited later, and one created but awaited twice
    c = square(7)
    keep = [c]
    print("stored", await c, keep[0].cr_frame, keep[0].cr_running)
    try:
        await c
    except RuntimeError as e:
        print("reuse:", e)
    # new coroutines after many recycled ones are distinct objects
    a, b = square(1), square(2)
    print("distinct", a is not b, await a, await b)
    return acc


def run(coro):
    sent = None
    steps = 0
    while True:
        try:
            sent = coro.send(sent)
            steps += 1
        except StopIteration as s:
            return s.value, steps


print(run(driver()))


# throw into an awaited coroutine that suspended inside the awaited one
async def inner():
    try:
        await suspend("in")
    except KeyError as e:
        print("inner caught", repr(e))
        return "handled"
    return "normal"


async def outer():
    r = await inner()
    print("outer got", r)
    r2 = await square(5)
    return r, r2


c = outer()
print(c.send(None))
print("cr_await", type(c.cr_await).__name__, c.cr_running, c.cr_frame is not None)
try:
    c.throw(KeyError("x"))
except StopIteration as s:
    print("done", s.value)
print("after", c.cr_await, c.cr_frame, c.cr_running)


# cr_await while the awaited coroutine returns immediately is None
async def check_await(holder):
    return holder[0].cr_await, holder[0].cr_running


async def top(holder):
    return await check_await(holder)


h = []
t = top(h)
h.append(t)
try:
    t.send(None)
except StopIteration as s:
    print("cr_await during", s.value)


# a coroutine that raises StopIteration becomes RuntimeError
async def stopper():
    raise StopIteration(3)


async def call_stopper():
    try:
        await stopper()
    except RuntimeError as e:
        return "RuntimeError: %s / %r" % (e, e.__cause__)


print(run(call_stopper()))


# identities of results and many interleaved coroutines
async def ident(x):
    return x


async def many():
    objs = [object() for _ in range(5)]
    res = []
    for o in objs:
        res.append((await ident(o)) is o)
    pending = [ident(i) for i in range(5)]
    vals = []
    for p in pending:
        vals.append(await p)
    return res, vals


print(run(many()))


# generator-based yield from of a fresh generator
def gen(n):
    yield from range(n)
    return n


def deleg():
    r = yield from gen(3)
    r2 = yield from gen(0)
    return r, r2


d = deleg()
print(list(d))
