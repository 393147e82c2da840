# yield from, await and gen.send() resuming generators and coroutines
# inside the interpreter loop: sent values, return values, throw and close
# through delegation, exceptions through await chains, coroutine reuse,
# non-None sent to a fresh generator, re-entrancy.
import sys
import traceback


def inner():
    x = yield "i1"
    print("inner got", x)
    y = yield "i2"
    print("inner got", y)
    return x, y


def outer():
    r = yield from inner()
    print("outer result", r)
    z = yield "o1"
    return z


o = outer()
print(o.send(None), o.send("a"), o.send("b"))
try:
    o.send("c")
except StopIteration as e:
    print("stop", e.value)
try:
    o.send("d")
except StopIteration as e:
    print("stop again", e.value)


# throw and close through yield from
def catcher():
    while True:
        try:
            yield "waiting"
        except KeyError as e:
            print("catcher caught", repr(e))
            return "done"
        finally:
            print("catcher finally")


def delegator():
    r = yield from catcher()
    print("delegator got", r)
    yield "end"


d = delegator()
print(next(d))
print(d.throw(KeyError("x")))
d = delegator()
next(d)
d.close()
print("closed", d.gi_frame)
d = delegator()
next(d)
try:
    d.throw(IndexError("boom"))
except IndexError as e:
    print("propagated", repr(e))


# StopIteration from send(), and sending to a fresh generator
def gen():
    v = yield 1
    return v * 2


g = gen()
try:
    g.send(5)
except TypeError as e:
    print(e)
print(g.send(None))
try:
    g.send(21)
except StopIteration as e:
    print("value", e.value, e.args)
g = gen()
g.send(None)
try:
    g.send(None)
except TypeError as e:
    print("TypeError", e)


# coroutines: await chains, await on objects whose __await__ is a generator
class Future:
    def __init__(self):
        self.done = False
        self.value = None

    def __await__(self):
        if not self.done:
            yield self
        return self.value


async def square(x):
    return x * x


async def fails(x):
    if x == 3:
        raise ValueError("bad %d" % x)
    return x


async def middle(n):
    acc = 0
    for i in range(n):
        acc += await square(i)
        acc += await fails(i)
    return acc


async def top(fut):
    a = await square(4)
    b = await fut
    try:
        c = await middle(5)
    except ValueError as e:
        print("top caught", e)
        tb = traceback.format_exception(e)
        print([l.split(",")[-1].strip() for l in tb if l.strip().startswith("File")])
        c = -1
    return a + b + c


fut = Future()
c = top(fut)
print(c.send(None) is fut)
print(c.cr_running, c.cr_await is not None)
fut.done, fut.value = True, 100
try:
    c.send(None)
except StopIteration as e:
    print("top returned", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)


async def ok():
    return await middle(3)


c = ok()
try:
    c.send(None)
except StopIteration as e:
    print("ok", e.value)


# an awaited coroutine reused
async def reuse():
    s = square(2)
    a = await s
    b = await s
    return a, b


try:
    reuse().send(None)
except RuntimeError as e:
    print("reuse", e)


# exception raised deep in an await chain, uncaught, with tracebacks
async def l3():
    raise KeyError("deep")


async def l2():
    return await l3()


async def l1():
    return await l2()


try:
    l1().send(None)
except KeyError as e:
    tb = traceback.format_exception(e)
    print([l.split(",")[-1].strip() for l in tb if l.strip().startswith("File")])


# a coroutine raising StopIteration
async def stopper():
    raise StopIteration(1)


try:
    stopper().send(None)
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)


# re-entrant send
def selfsend():
    yield me.send(None)


me = selfsend()
try:
    me.send(None)
except ValueError as e:
    print("ValueError", e)


# a tiny event loop: tasks driven by coro.send
class Task:
    def __init__(self, coro):
        self.coro = coro
        self.result = None

    def step(self, value):
        try:
            w = self.coro.send(value)
        except StopIteration as stop:
            self.result = stop.value
            return None
        return w


async def worker(n):
    total = 0
    for i in range(n):
        f = Future()
        f.done = i % 2 == 0
        f.value = i
        total += await f
        total += await square(i)
    return total


t = Task(worker(6))
v = None
steps = 0
while True:
    w = t.step(v)
    steps += 1
    if w is None:
        break
    w.done = True
    v = w.value
print("task", t.result, steps)


# yield from a non-generator iterator and a generator with send
def yf():
    r = yield from [1, 2]
    print("list result", r)
    r = yield from gen()
    print("gen result", r)


y = yf()
print(next(y), next(y), next(y), y.send(4) if False else None)
try:
    y.send(8)
except StopIteration:
    print("yf done")


# sys.exc_info seen inside a coroutine awaited from an except clause
async def show():
    return sys.exc_info()[0]


async def handler():
    try:
        raise OSError
    except OSError:
        return await show()


try:
    handler().send(None)
except StopIteration as e:
    print("exc_info", e.value)
