# `await obj` where obj's class defines __await__ as a Python generator
# function: done futures (returning without yielding, the recycled path),
# pending ones, exceptions crossing it, frames seen inside, __await__
# replaced on the class, subclasses, bad __await__ signatures, and
# recursion through nested awaits.
import sys


class Future:
    def __init__(self, done=True, value=1):
        self.done = done
        self.value = value

    def __await__(self):
        if not self.done:
            yield self
        return self.value


def run(coro):
    sent = []
    value = None
    while True:
        try:
            w = coro.send(value)
        except StopIteration as e:
            return e.value, sent
        sent.append(type(w).__name__)
        if isinstance(w, Future):
            w.done = True
        value = None


async def many(n):
    t = 0
    for i in range(n):
        t += await Future(True, i)
    return t


print(run(many(1000)))


async def mixed(n):
    t = 0
    keep = []
    for i in range(n):
        f = Future(i % 3 != 0, i)
        t += await f
        keep.append(f)
    return t, len(keep)


print(run(mixed(30)))


# The generator objects stay distinct and usable when one is kept.
class Grab:
    seen = []

    def __await__(self):
        Grab.seen.append(sys._getframe().f_code.co_name)
        return (yield from Future(True, 5).__await__())


async def grab():
    return await Grab() + await Grab()


print(run(grab()), Grab.seen)


class Raising:
    def __await__(self):
        if False:
            yield
        raise ValueError("bad await")


async def catch():
    out = []
    for i in range(3):
        try:
            await Raising()
        except ValueError as e:
            out.append(str(e))
        out.append(await Future(True, i))
    return out


print(run(catch()))


class Sub(Future):
    pass


async def sub():
    return [await Sub(True, i) for i in range(5)]


print(run(sub()))


async def replaced():
    r = [await Future(True, 1)]

    def other(self):
        yield "x"
        return 99

    Future.__await__ = other
    r.append(await Future(True, 2))
    return r


print(run(replaced()))


class BadSig:
    def __await__(self, extra):
        yield
        return 1


async def badsig():
    try:
        await BadSig()
    except TypeError as e:
        return str(e)


print(run(badsig()))


class NotGen:
    def __await__(self):
        return 5


async def notgen():
    try:
        await NotGen()
    except TypeError as e:
        return str(e)


print(run(notgen()))


class Frames:
    def __await__(self):
        f = sys._getframe()
        Frames.frame = f
        return f.f_code.co_name
        yield


async def frames():
    return await Frames(), await Frames()


print(run(frames()), Frames.frame.f_code.co_name)


class Trace:
    def __await__(self):
        x = 1
        return x
        yield


events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name in ("__await__", "traced"):
        events.append((frame.f_code.co_name, event))
    return tracer


async def traced():
    return await Trace() + await Trace()


sys.settrace(tracer)
r = run(traced())
sys.settrace(None)
print(r, [e for e in events if e[0] == "traced"])


class Deep:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        if self.n:
            return (yield from nest(self.n - 1).__await__())
        return 0


async def nest(n):
    return 1 + await Deep(n)


print(run(nest(50)))
try:
    run(nest(5000))
except RecursionError as e:
    print("RecursionError")


class Closing:
    def __await__(self):
        try:
            yield self
        finally:
            print("finally ran")
        return 3


async def closing():
    return await Closing()


c = closing()
print(type(c.send(None)).__name__)
c.close()
print("closed")
