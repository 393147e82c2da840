# sys.settrace and sys.setprofile events of generators and coroutines
# resumed inside the interpreter loop (for loops, yield from, await,
# gen.send), including exceptions escaping them.
import sys

events = []


def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if name in ("tracer", "profiler"):
        return None
    line = frame.f_lineno - frame.f_code.co_firstlineno
    a = arg if event in ("return", "yield") and isinstance(arg, (int, str, type(None))) else type(arg).__name__ if arg is not None else None
    if event == "exception":
        a = arg[0].__name__
    events.append((event, name, line, a))
    return tracer


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def relay(it):
    for x in it:
        yield x * 10


def bad():
    yield 1
    raise KeyError("k")


def retval():
    yield 5
    return 7


def deleg():
    r = yield from numbers(2)
    r2 = yield from retval()
    return r, r2


async def sq(x):
    return x * x


async def co():
    a = await sq(2)
    return a + 1


def run():
    s = 0
    for x in relay(numbers(3)):
        s += x
    try:
        for x in relay(bad()):
            s += x
    except KeyError:
        s += 1000
    g = deleg()
    s += next(g) + g.send(None)
    for x in g:
        s += x
    try:
        co().send(None)
    except StopIteration as e:
        s += e.value
    return s


sys.settrace(tracer)
r = run()
sys.settrace(None)
print(r)
for e in events:
    print(e)

pevents = []


def profiler(frame, event, arg):
    if frame.f_code.co_name != "profiler":
        pevents.append((event, frame.f_code.co_name, getattr(arg, "__name__", None) if event.startswith("c_") else None))


sys.setprofile(profiler)
r = run()
sys.setprofile(None)
print(r)
for e in pevents:
    print(e)


# tracing switched on inside a generator that runs in a for loop
def switch_on():
    yield 1
    sys.settrace(tracer)
    yield 2
    yield 3


events.clear()


def consume():
    out = []
    for x in switch_on():
        out.append(x)
    return out


print(consume())
sys.settrace(None)
for e in events:
    print(e)
