# Values and resumptions passing through chains of `yield from` and await:
# every level must look as it does when each instruction runs (gi_running,
# gi_yieldfrom, f_back, f_lineno, tracebacks, tracing).
import sys
import traceback

gens = []


def chain(depth):
    g_self = None
    if depth == 0:
        frames = []
        f = sys._getframe()
        while f is not None and f.f_code.co_name == "chain":
            frames.append(f.f_locals["depth"])
            f = f.f_back
        print("inner sees f_back depths", frames)
        print("running", [g.gi_running for g in gens])
        x = yield "leaf"
        print("leaf got", x)
        x = yield "leaf2"
        print("leaf got", x)
        return "ret0"
    r = yield from chain(depth - 1)
    return "ret%d(%s)" % (depth, r)


top = chain(4)
gens.append(top)
print(next(top))
print("after yield", top.gi_running, top.gi_frame.f_lineno)
d = top
levels = []
while d is not None:
    levels.append((d.gi_frame.f_lineno, d.gi_running))
    d = d.gi_yieldfrom
print(levels)
print(top.send("a"))
try:
    top.send("b")
except StopIteration as e:
    print("stop", e.value)


# An exception raised at the bottom of a chain shows every level.
def bad(depth):
    if depth == 0:
        yield 1
        raise KeyError("deep")
    yield from bad(depth - 1)


b = bad(3)
next(b)
try:
    next(b)
except KeyError:
    tb = traceback.extract_tb(sys.exc_info()[2])
    print([(t.name, t.lineno) for t in tb])


# throw and close travel down the chain.
def catcher(depth):
    if depth == 0:
        while True:
            try:
                yield "ok"
            except ValueError as e:
                yield "caught %s" % e
    else:
        r = yield from catcher(depth - 1)
        return r


c = catcher(5)
print(next(c), c.throw(ValueError("x")), next(c), c.send(None))
c.close()
print(c.gi_frame, c.gi_running)


# A generator re-entered while it runs inside a chain.
def reenter(depth, holder):
    if depth == 0:
        try:
            next(holder[0])
        except ValueError as e:
            print("reentry:", e)
        yield "v"
        return
    yield from reenter(depth - 1, holder)


holder = []
r = reenter(3, holder)
holder.append(r)
print(list(r))


# Deep chains against the recursion limit.
def deep(n):
    if n == 0:
        yield 0
        return
    yield from deep(n - 1)


old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
try:
    print(list(deep(50)))
    try:
        print(list(deep(400)))
    except RecursionError as e:
        print("RecursionError")
finally:
    sys.setrecursionlimit(old)


# Await chains with a hand-made future, driven by send().
class Fut:
    def __init__(self):
        self.done = False
        self.value = None

    def __await__(self):
        if not self.done:
            yield self
        return self.value


async def level(n, fut):
    if n == 0:
        return await fut
    return 1 + await level(n - 1, fut)


async def main():
    out = []
    for i in range(3):
        f = Fut()
        out.append(await level(4, f))
    return out


co = main()
fut = co.send(None)
n = 0
while True:
    fut.done, fut.value = True, n * 10
    n += 1
    try:
        fut = co.send(None)
    except StopIteration as e:
        print("main returned", e.value)
        break
print(co.cr_frame, co.cr_running)


# Tracing a chain sees each level's lines, as CPython reports them.
events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name in ("tchain",):
        events.append((event, frame.f_lineno - tchain.__code__.co_firstlineno))
    return tracer


def tchain(d):
    if d == 0:
        yield 1
        yield 2
        return
    yield from tchain(d - 1)


sys.settrace(tracer)
try:
    t = tchain(2)
    print(next(t))
    print(next(t))
    print(list(t))
finally:
    sys.settrace(None)
print(events)
# Tracing stopped mid-chain: the levels run untraced again.
t = tchain(3)
sys.settrace(tracer)
try:
    print(next(t))
finally:
    sys.settrace(None)
events.clear()
print(list(t), events)


# A delegate that is a plain iterator in the middle of a chain.
def mixed(d):
    if d == 0:
        yield from iter([1, 2])
        yield from range(3, 5)
        return
    yield from mixed(d - 1)
    yield from [d * 100]


print(list(mixed(3)))
