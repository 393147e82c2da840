# Future and Task schedule their callbacks as the loop's call_soon would:
# FIFO order shared with Python-level call_soon, the current context
# copied, debug mode's source tracebacks, a closed loop's RuntimeError,
# and an instance attribute, a patched events.Handle or _call_soon taking
# effect.
import asyncio
import asyncio.events as events
import contextvars

var = contextvars.ContextVar("var", default="unset")
order = []


def note(tag):
    order.append((tag, var.get()))


def fifo():
    loop = asyncio.new_event_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: note("done-cb"))
    loop.call_soon(note, "before")
    var.set("set")
    fut.set_result(1)
    loop.call_soon(note, "after")
    print("ready handles:", [type(h).__name__ for h in loop._ready])
    h = loop._ready[1]
    print("fields:", h._callback.__name__ == "_call_set_state" or callable(h._callback),
          h._args == (fut,), h._loop is loop, type(h._context).__name__,
          h._cancelled, h._repr, h._source_traceback, h.cancelled())
    print("repr:", repr(h).startswith("<Handle "))
    extra = loop.create_future()
    extra.add_done_callback(lambda f: note("cancelled-cb"))
    extra.set_result(0)
    loop._ready[-1].cancel()
    print("cancel:", loop._ready[-1].cancelled(), loop._ready[-1]._callback)
    loop.run_until_complete(asyncio.sleep(0))
    print("order:", order)
    loop.close()


def debug_mode():
    loop = asyncio.new_event_loop()
    loop.set_debug(True)
    fut = loop.create_future()
    fut.add_done_callback(lambda f: None)
    fut.set_result(1)
    h = loop._ready[-1]
    print("debug traceback:", h._source_traceback is not None and len(h._source_traceback) > 0)
    loop.run_until_complete(asyncio.sleep(0))
    loop.close()


def closed_loop():
    loop = asyncio.new_event_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: None)
    loop.close()
    try:
        fut.set_result(1)
    except RuntimeError as e:
        print("closed:", e)


def patched():
    loop = asyncio.new_event_loop()
    seen = []
    real = loop.call_soon

    def spy(cb, *args, context=None):
        seen.append(len(args))
        return real(cb, *args, context=context)

    loop.call_soon = spy
    fut = loop.create_future()
    fut.add_done_callback(lambda f: None)
    fut.set_result(1)
    print("instance call_soon used:", seen)
    del loop.call_soon

    made = []

    class CountingHandle(events.Handle):
        __slots__ = ()

        def __init__(self, *a):
            made.append(a[0].__class__.__name__)
            super().__init__(*a)

    orig = events.Handle
    events.Handle = CountingHandle
    try:
        fut = loop.create_future()
        fut.add_done_callback(lambda f: None)
        fut.set_result(2)
    finally:
        events.Handle = orig
    print("patched Handle:", made, type(loop._ready[-1]).__name__)

    class MyLoop(asyncio.SelectorEventLoop):
        def _call_soon(self, callback, args, context):
            seen.append("_call_soon")
            return super()._call_soon(callback, args, context)

    loop.run_until_complete(asyncio.sleep(0))
    loop.close()
    loop = MyLoop()
    seen.clear()
    loop.run_until_complete(asyncio.sleep(0))
    print("_call_soon override:", seen[:1])
    loop.close()


async def tasks_in_context():
    var.set("outer")
    ctx = contextvars.copy_context()
    var.set("changed")
    t = asyncio.get_running_loop().create_task(asyncio.sleep(0, "x"), context=ctx)
    t2 = asyncio.create_task(asyncio.sleep(0, "y"))
    print("results:", await t, await t2)


fifo()
debug_mode()
closed_loop()
patched()
asyncio.run(tasks_in_context())
