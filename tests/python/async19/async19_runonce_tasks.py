# Tasks driven by the loop's iteration: step order across tasks, context
# variables per task, cancellation of a task waiting on a future and of one
# sleeping, exceptions inside tasks, futures resolved by call_soon, and a
# loop subclass overriding _run_once's helpers.
import asyncio
import contextvars

var = contextvars.ContextVar("var")
steps = []


async def worker(name, n):
    var.set(name)
    for i in range(n):
        steps.append((name, i, var.get()))
        await asyncio.sleep(0)
    return name * n


async def failing():
    await asyncio.sleep(0)
    raise LookupError("nope")


async def waiter(fut):
    try:
        return await fut
    except asyncio.CancelledError:
        steps.append(("cancelled", var.get(None)))
        raise


async def resolved(loop, v):
    fut = loop.create_future()
    loop.call_soon(fut.set_result, v)
    return await fut


async def main():
    loop = asyncio.get_running_loop()
    r = await asyncio.gather(worker("a", 3), worker("b", 2), failing(), return_exceptions=True)
    print(r[:2], repr(r[2]))
    print(steps)
    steps.clear()
    fut = loop.create_future()
    t = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0)
    t.cancel("why")
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled:", e.args, fut.cancelled())
    print(steps)
    print(await asyncio.gather(*(resolved(loop, i) for i in range(5))))
    print(await asyncio.wait_for(resolved(loop, "w"), timeout=5))
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.001)
    except TimeoutError:
        print("timeout")


class CountingLoop(asyncio.SelectorEventLoop):
    selects = 0

    def _process_events(self, event_list):
        CountingLoop.selects += 1
        super()._process_events(event_list)


asyncio.run(main())
loop = CountingLoop()
print(loop.run_until_complete(worker("c", 4)), CountingLoop.selects > 3)
loop.close()
