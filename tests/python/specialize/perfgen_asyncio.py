# asyncio driving coroutines through Task.__step's coro.send/throw (resumed
# inside the loop): gather with results and exceptions, cancellation, async
# generators, wait_for's timeout and a queue.
import asyncio
async def sq(x):
    await asyncio.sleep(0)
    return x * x
async def fail(x):
    await asyncio.sleep(0)
    raise ValueError(x)
async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("cancelled inside")
        raise
async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
async def main():
    print(await asyncio.gather(*(sq(i) for i in range(5))))
    r = await asyncio.gather(fail(1), sq(2), return_exceptions=True)
    print([type(x).__name__ for x in r])
    t = asyncio.create_task(slow())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled())
    print([x async for x in agen(4)])
    try:
        await asyncio.wait_for(slow(), 0.01)
    except asyncio.TimeoutError:
        print("timeout")
    q = asyncio.Queue()
    async def prod():
        for i in range(5):
            await q.put(i)
        await q.put(None)
    async def cons():
        out = []
        while (x := await q.get()) is not None:
            out.append(x)
        return out
    print(await asyncio.gather(prod(), cons()))
asyncio.run(main())
