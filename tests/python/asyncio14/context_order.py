# contextvars in tasks (each task runs in a copy of its creator's context),
# callback order across call_soon, futures and tasks, and task reprs.
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default=None)
events = []


async def handler(i):
    request_id.set(i)
    await asyncio.sleep(0)
    events.append(("handler", i, request_id.get()))
    await child()
    return request_id.get()


async def child():
    events.append(("child", request_id.get()))


async def main():
    request_id.set("main")
    results = await asyncio.gather(*(handler(i) for i in range(4)))
    print(results, request_id.get())
    print(events)
    loop = asyncio.get_running_loop()
    order = []
    fut = loop.create_future()
    fut.add_done_callback(lambda f: order.append("fut-cb1"))
    loop.call_soon(order.append, "soon1")
    fut.add_done_callback(lambda f: order.append("fut-cb2"))
    fut.set_result(None)
    loop.call_soon(order.append, "soon2")

    async def t(name):
        order.append(name)
    a = asyncio.create_task(t("task-a"))
    b = asyncio.create_task(t("task-b"))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(order)
    ctx = contextvars.copy_context()
    ctx.run(request_id.set, "custom")
    c = asyncio.create_task(handler_ctx(), context=ctx)
    print(await c, request_id.get())
    print(repr(a).split(" coro=")[0], a.done())
    p = asyncio.create_task(asyncio.sleep(3600), name="sleepy")
    await asyncio.sleep(0)
    print(repr(p).split(" coro=")[0], "wait_for=<Future pending" in repr(p))
    p.cancel()
    print(repr(p).split(" coro=")[0])
    await asyncio.sleep(0)
    print(repr(p).split(" coro=")[0])


async def handler_ctx():
    return request_id.get()


asyncio.run(main())
