# A C-level asyncio Future/Task accepts instance attributes (the C object has
# a dict slot), which shadow its methods on that instance only; asyncio's
# proactor tests monkey-patch fut.result this way.
import asyncio

loop = asyncio.new_event_loop()

f = loop.create_future()
orig = f.result


def patched():
    print("patched result called")
    return orig() * 2


f.result = patched
f.set_result(21)
print(f.result())
print(loop.create_future().result.__name__)  # other futures unaffected
f.extra = "x"
print(f.extra)
del f.extra
try:
    f.extra
except AttributeError as e:
    print("AttributeError:", e)

g = loop.create_future()
try:
    del g.nothing
except AttributeError as e:
    print("AttributeError", type(e).__name__)


async def coro():
    return 5


t = loop.create_task(coro())
t.tag = "task-tag"
print(t.tag)
print(loop.run_until_complete(t))


class Sub(asyncio.Future):
    pass


s = Sub(loop=loop)
s.x = 1
print(s.x)
loop.close()
