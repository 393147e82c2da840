# Task errors: what the task reports when its coroutine yields the wrong
# things, set_result on a task, awaiting itself, non-coroutines, names.
import asyncio
import types


async def yields_bare_future(loop):
    fut = loop.create_future()
    yield_it = types.coroutine(lambda: (yield fut))
    await yield_it()


@types.coroutine
def bad_yield():
    yield 42


@types.coroutine
def gen_yield():
    def g():
        yield 1
    yield g()


async def bad():
    await bad_yield()


async def genbad():
    await gen_yield()


async def main():
    loop = asyncio.get_running_loop()
    for coro in (bad(), genbad(), yields_bare_future(loop)):
        t = asyncio.create_task(coro)
        try:
            await t
        except RuntimeError as e:
            msg = str(e)
            print("RuntimeError", msg.split(":")[0].split(" in task")[0])
    t = asyncio.create_task(asyncio.sleep(0), name=12)
    print(repr(t.get_name()))
    t.set_name(("a", 1))
    print(t.get_name())
    try:
        t.set_result(1)
    except RuntimeError as e:
        print(e)
    try:
        t.set_exception(ValueError())
    except RuntimeError as e:
        print(e)
    await t
    print(t.result(), t.done())
    try:
        asyncio.Task(123)
    except TypeError as e:
        print("TypeError", e)

    async def self_awaiting():
        await asyncio.sleep(0)
        await me
    me = asyncio.create_task(self_awaiting())
    try:
        await me
    except RuntimeError as e:
        print(str(e).split(":")[0])
    print(asyncio.current_task() is not None, asyncio.current_task().get_coro().__name__)
    print(len(asyncio.all_tasks()))
    try:
        await asyncio.gather(asyncio.sleep(0), asyncio.sleep(0, result=1))
    finally:
        print("gathered")


asyncio.run(main())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)
print(asyncio._get_running_loop())
