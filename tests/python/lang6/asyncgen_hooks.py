# Async generators call sys's asyncgen hooks: firstiter on the first
# __anext__/asend/athrow/aclose, the finalizer in place of closing when an
# unfinished one is collected; athrow/aclose give async_generator_athrow
# awaitables; an exhausted awaitable is dropped after await.
import asyncio
import collections.abc
import gc
import inspect
import sys

log = []
sys.set_asyncgen_hooks(firstiter=lambda g: log.append(('first', g.__name__)),
                       finalizer=lambda g: log.append(('fin', g.__name__)))


async def agen():
    yield 1
    yield 2


g = agen()
c = g.__anext__()
try:
    c.send(None)
except StopIteration as e:
    print('got', e.value)
print(log)
del g, c
gc.collect()
print(log)
g2 = agen()
for o in (g2.asend(None), g2.athrow(ValueError), g2.aclose(), g2.__anext__()):
    print(type(o).__name__, inspect.isawaitable(o), isinstance(o, collections.abc.Coroutine),
          o.__await__() is o)
    o.close()
print(log)


def bad_first(g):
    raise KeyError('first')


sys.set_asyncgen_hooks(firstiter=bad_first, finalizer=None)
try:
    agen().__anext__()
except KeyError as e:
    print('KeyError', e)
sys.set_asyncgen_hooks(None, None)

DONE = 0


async def gen():
    global DONE
    try:
        while True:
            yield 1
    finally:
        await asyncio.sleep(0.01)
        DONE = 1


async def run():
    g = gen()
    await g.__anext__()
    await g.__anext__()
    del g
    gc.collect()
    await asyncio.sleep(0.1)


loop = asyncio.new_event_loop()
loop.run_until_complete(run())
loop.close()
print(DONE)
