# Callbacks run by the event loop keep their arguments after the loop has
# moved on (the native loop passes them through a reused buffer), nested
# scheduling from inside callbacks sees its own arguments, and an error in a
# callback reaches the exception handler with the right description.
import asyncio

kept = []


def keep(*args):
    kept.append(args)


def nest(depth, tag):
    kept.append(("nest", depth, tag))
    if depth:
        loop = asyncio.get_running_loop()
        loop.call_soon(nest, depth - 1, tag + "x")
        loop.call_soon(keep, depth, [tag])


def bad(x):
    raise KeyError(x)


async def main():
    loop = asyncio.get_running_loop()
    errors = []
    loop.set_exception_handler(lambda l, ctx: errors.append(
        (type(ctx["exception"]).__name__, ctx["exception"].args, ctx["message"][:22])))
    for i in range(5):
        loop.call_soon(keep, i, str(i), (i, i))
    loop.call_soon(nest, 3, "t")
    loop.call_soon(bad, "boom")
    fut = loop.create_future()
    loop.call_soon(fut.set_result, ["r", 1])
    print(await fut)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(errors)
    tasks = [asyncio.create_task(asyncio.sleep(0, result=(k, str(k)))) for k in range(4)]
    print(await asyncio.gather(*tasks))


asyncio.run(main())
for k in kept:
    print(k)
