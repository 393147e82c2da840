# The event loop's iteration: call_soon order and arguments, the handle it
# returns, cancelled handles, context=, errors in callbacks reported to the
# exception handler (with the frames of their tracebacks), and task steps.
import asyncio
import contextvars
import os
import traceback

var = contextvars.ContextVar("var", default="unset")
log = []


def frames(exc):
    return [(os.path.basename(f.filename), f.name) for f in traceback.extract_tb(exc.__traceback__)]


def handler(loop, context):
    exc = context.get("exception")
    log.append(("handler", context["message"].split(" at ")[0], type(exc).__name__,
                type(context.get("handle")).__name__, frames(exc) if exc else None))


def cb(*args):
    log.append(("cb", args, var.get()))


def bad(x):
    raise ValueError(x)


async def step_task(n):
    for i in range(n):
        log.append(("task", i, var.get()))
        await asyncio.sleep(0)
    return n


def main():
    loop = asyncio.new_event_loop()
    loop.set_exception_handler(handler)
    h = loop.call_soon(cb, 1, 2)
    print(type(h).__name__, h.cancelled())
    h2 = loop.call_soon(cb, "cancelled")
    h2.cancel()
    ctx = contextvars.copy_context()
    ctx.run(var.set, "in ctx")
    loop.call_soon(cb, "ctx", context=ctx)
    loop.call_soon(bad, 7)
    loop.call_soon(cb)
    var.set("outer")
    t = loop.create_task(step_task(3))
    loop.call_soon(loop.stop)
    loop.run_forever()
    print("after first stop", t.done())
    print(loop.run_until_complete(t))
    for entry in log:
        print(entry)
    try:
        loop.call_soon()
    except TypeError as e:
        print("TypeError", e)
    try:
        loop.call_soon(cb, context=None, other=1)
    except TypeError as e:
        print("TypeError", e)
    print(repr(loop.call_soon(cb, "x", context=None)).split(" at ")[0])
    loop.close()
    try:
        loop.call_soon(cb)
    except RuntimeError as e:
        print("RuntimeError", e)


main()
