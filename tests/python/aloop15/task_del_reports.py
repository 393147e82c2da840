# Reports made when tasks and futures are destroyed: a pending task, a
# task's and a future's exception never retrieved; nothing for finished
# tasks and retrieved exceptions. Krait queues these objects and gives
# the finalizer only to those with something to report (when the queue
# fills, at gc.collect()): both paths must still report.
import asyncio
import gc
import weakref

msgs = []


def handler(loop, ctx):
    exc = ctx.get("exception")
    msgs.append((ctx["message"], type(exc).__name__ if exc else None))


async def waiter(fut):
    await fut


async def boom(i):
    raise ValueError(i)


async def plain(i):
    return i


def scenario(loop, filler):
    fut = loop.create_future()
    t = loop.create_task(waiter(fut))
    loop.run_until_complete(asyncio.sleep(0))
    f = loop.create_future()
    f.set_exception(KeyError("k"))
    g = loop.create_future()
    g.set_exception(KeyError("retrieved"))
    g.exception()
    bad = loop.create_task(boom(1))
    good = loop.create_task(boom(2))
    done = loop.create_task(plain(3))
    loop.run_until_complete(asyncio.sleep(0))
    good.exception()
    refs = [weakref.ref(x) for x in (t, fut, f, g, bad, good, done)]
    del t, fut, f, g, bad, good, done
    if filler:
        # More new tasks than the queue holds: it is flushed when full.
        tasks = [loop.create_task(plain(i)) for i in range(600)]
        loop.run_until_complete(asyncio.gather(*tasks))
        del tasks
    gc.collect()
    gc.collect()
    print("alive:", [r() is not None for r in refs])
    for m in sorted(msgs):
        print(" ", m)
    msgs.clear()


for filler in (False, True):
    loop = asyncio.new_event_loop()
    loop.set_exception_handler(handler)
    scenario(loop, filler)
    loop.close()
