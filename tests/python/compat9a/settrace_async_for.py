# Trace events of async for: the StopIteration of each __anext__ step and
# the __anext__ coroutine frames (made by GET_ANEXT, not a CALL).
import sys
def trace(fn):
    events = []
    base = fn.__code__.co_firstlineno
    def t(frame, ev, arg):
        if True:
            events.append((frame.f_code.co_name, frame.f_lineno - base, ev, type(arg).__name__ if ev == 'exception' and arg else ''))
        return t
    coro = fn()
    sys.settrace(t)
    try:
        while True:
            coro.send(None)
    except StopIteration:
        pass
    except Exception as e:
        events.append(type(e).__name__)
    sys.settrace(None)
    print(fn.__name__, events)
import types
@types.coroutine
def sleep0():
    yield
async def inner():
    return 5
async def inner_susp():
    await sleep0()
    return 6
async def arange(n):
    for i in range(n):
        yield i
class Aw:
    def __await__(self):
        return iter([None])
async def f1():
    x = await inner()
    y = 2
async def f2():
    x = await inner_susp()
    y = 2
async def f3():
    async for i in arange(2):
        if i > 100:
            break
    y = 3
async def f4():
    await Aw()
    y = 2
async def f5():
    await sleep0()
    y = 2
for f in (f1, f2, f3, f4, f5):
    trace(f)
class W:
    def __init__(self, obj):
        self._it = iter(obj)
    def __aiter__(self):
        return self
    async def __anext__(self):
        try:
            return next(self._it)
        except StopIteration:
            raise StopAsyncIteration
async def f6():
    async for letter in W("ab"):
        x = letter
    y = 42
trace(f6)
async def f7():
    w = W("ab")
    x = await w.__anext__()
    y = 42
trace(f7)
