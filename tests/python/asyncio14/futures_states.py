# Future states, results, exceptions, callbacks and their order, and the
# messages of the errors the Future raises.
import asyncio
import contextvars


def show(label, fn):
    try:
        print(label, "->", fn())
    except BaseException as e:
        print(label, "raised", type(e).__name__, e)


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)

f = loop.create_future()
print(type(f).__module__, type(f).__name__, repr(f))
print(f._state, f.done(), f.cancelled(), f._asyncio_future_blocking)
show("result pending", f.result)
show("exception pending", f.exception)
order = []
var = contextvars.ContextVar("var", default="none")


def cb(tag):
    def inner(fut):
        order.append((tag, fut.result(), var.get()))
    return inner


f.add_done_callback(cb("a"))
ctx = contextvars.copy_context()
ctx.run(var.set, "in-ctx")
f.add_done_callback(cb("b"), context=ctx)
f.add_done_callback(cb("c"))
removed = f.remove_done_callback(print)
print("removed", removed, len(f._callbacks))
f.set_result(7)
print(repr(f), f._state)
show("set again", lambda: f.set_result(8))
show("set_exception again", lambda: f.set_exception(ValueError()))
loop.run_until_complete(asyncio.sleep(0))
print(order)

g = loop.create_future()
show("StopIteration", lambda: g.set_exception(StopIteration))
g.set_exception(KeyError)
print(repr(g))
show("exception()", lambda: repr(g.exception()))
show("result()", g.result)

h = loop.create_future()
print("cancel", h.cancel("stop it"), h.cancel(), h.cancelled(), repr(h))
show("result cancelled", h.result)
show("exception cancelled", h.exception)
show("log tb True", lambda: setattr(h, "_log_traceback", True))
h._log_traceback = False


class MyFuture(asyncio.Future):
    def __init__(self, *, loop=None):
        super().__init__(loop=loop)
        self.extra = "x"


m = MyFuture(loop=loop)
m.set_result([1, 2])
print(type(m).__name__, m.extra, m.result(), isinstance(m, asyncio.Future))
print(asyncio.Future[int])


async def awaiting():
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "later")
    r = await fut
    it = fut.__await__()
    return r, type(it).__name__, next(iter([1]))


print(loop.run_until_complete(awaiting()))
loop.close()
