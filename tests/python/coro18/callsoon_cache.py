# Future and Task callbacks scheduled on a loop that was already used (so
# its checks are cached): later changes to that loop, to its class, to a
# second loop's attributes and to events.Handle must all take effect.
import asyncio
import asyncio.base_events as base_events
import asyncio.events as events


def schedule(loop, tag, log):
    fut = loop.create_future()
    fut.add_done_callback(lambda f: log.append(tag))
    fut.set_result(tag)
    return loop._ready[-1]


def warm(loop):
    log = []
    for i in range(3):
        schedule(loop, i, log)
    loop.run_until_complete(asyncio.sleep(0))
    return log


def instance_override():
    loop = asyncio.new_event_loop()
    print("warm:", warm(loop))
    seen = []
    real = loop.call_soon
    loop.call_soon = lambda cb, *a, context=None: (seen.append("spy"), real(cb, *a, context=context))[1]
    schedule(loop, "x", [])
    print("instance call_soon after warm-up:", seen)
    del loop.call_soon
    schedule(loop, "y", [])
    print("after del:", seen, len(loop._ready))
    loop._call_soon = lambda cb, args, ctx: seen.append("_call_soon") or events.Handle(cb, args, loop, ctx)
    schedule(loop, "z", [])
    print("instance _call_soon:", seen)
    del loop._call_soon
    loop.get_debug = lambda: True
    h = schedule(loop, "w", [])
    print("instance get_debug:", h._source_traceback is not None)
    del loop.get_debug
    loop.run_until_complete(asyncio.sleep(0))
    loop.close()


def debug_and_close():
    loop = asyncio.new_event_loop()
    warm(loop)
    loop.set_debug(True)
    h = schedule(loop, "d", [])
    print("debug after warm-up:", h._source_traceback is not None)
    loop.set_debug(False)
    h = schedule(loop, "n", [])
    print("debug off again:", h._source_traceback)
    loop.run_until_complete(asyncio.sleep(0))
    fut = loop.create_future()
    fut.add_done_callback(lambda f: None)
    loop.close()
    try:
        fut.set_result(1)
    except RuntimeError as e:
        print("closed after warm-up:", e)


def ready_replaced():
    loop = asyncio.new_event_loop()
    warm(loop)
    old = loop._ready
    loop._ready = type(old)()
    schedule(loop, "r", [])
    print("new _ready used:", len(loop._ready), len(old))
    loop._ready = old
    loop.run_until_complete(asyncio.sleep(0))
    loop.close()


def class_patches():
    loop = asyncio.new_event_loop()
    warm(loop)
    seen = []
    orig = base_events.BaseEventLoop.call_soon

    def call_soon(self, cb, *args, context=None):
        seen.append("class call_soon")
        return orig(self, cb, *args, context=context)

    base_events.BaseEventLoop.call_soon = call_soon
    try:
        schedule(loop, "c", [])
    finally:
        base_events.BaseEventLoop.call_soon = orig
    print("class patch:", seen)

    init = events.Handle.__init__

    def handle_init(self, *a):
        seen.append("Handle.__init__")
        init(self, *a)

    events.Handle.__init__ = handle_init
    try:
        schedule(loop, "h", [])
    finally:
        events.Handle.__init__ = init
    print("Handle.__init__ patch:", seen[1:])

    class Sub(events.Handle):
        __slots__ = ("extra",)

        def __init__(self, *a):
            super().__init__(*a)
            self.extra = "sub"

    events.Handle = Sub
    try:
        h = schedule(loop, "s", [])
    finally:
        events.Handle = Sub.__mro__[1]
    print("Handle replaced:", type(h).__name__, h.extra)
    h = schedule(loop, "p", [])
    print("plain again:", type(h).__name__, h._args[0].result(), h._cancelled, h._repr)
    loop.run_until_complete(asyncio.sleep(0))
    loop.close()


def other_loops():
    a = asyncio.new_event_loop()
    b = asyncio.new_event_loop()
    b.extra_attribute = 1  # a different attribute layout
    print("two loops:", warm(a), warm(b), warm(a))
    ha = schedule(a, 1, [])
    hb = schedule(b, 2, [])
    print("handles on their loops:", ha._loop is a, hb._loop is b, ha in a._ready, hb in b._ready)
    for lp in (a, b):
        lp.run_until_complete(asyncio.sleep(0))
        lp.close()


async def tasks(n):
    async def work(i):
        await asyncio.sleep(0)
        return i * i
    return sum(await asyncio.gather(*(work(i) for i in range(n))))


instance_override()
debug_and_close()
ready_replaced()
class_patches()
other_loops()
print("tasks:", asyncio.run(tasks(50)), asyncio.run(tasks(7)))
