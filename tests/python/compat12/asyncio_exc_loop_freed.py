# An event loop whose run_until_complete raised (the Future's exception
# holds a traceback whose frames hold the Future and the loop: a cycle
# through Future.__del__) is freed by one gc.collect(), as in CPython.
import asyncio
import gc
import threading
import weakref


def run_failing(kind):
    loop = asyncio.new_event_loop()
    ref = weakref.ref(loop)
    if kind == "future":
        fut = loop.create_future()
        loop.call_soon(fut.set_exception, RuntimeError("boom"))
    else:
        async def fail():
            await asyncio.sleep(0)
            raise ValueError("task failed")
        fut = loop.create_task(fail())
    try:
        loop.run_until_complete(fut)
    except (RuntimeError, ValueError) as e:
        print(kind, "raised", type(e).__name__, e)
    loop.close()
    return ref


for kind in ("future", "task"):
    ref = run_failing(kind)
    gc.collect()
    print(kind, "loop freed:", ref() is None)


# A worker thread that re-raised the loop's exception: once the loop is
# gone, the finished Thread object leaves threading._dangling (what
# test.support's threading_cleanup() checks after every asyncio test).
async def add():
    await asyncio.sleep(0.01)
    raise RuntimeError("Fail!")


def threadsafe_failure():
    loop = asyncio.new_event_loop()

    def target():
        return asyncio.run_coroutine_threadsafe(add(), loop).result()

    try:
        loop.run_until_complete(loop.run_in_executor(None, target))
    except RuntimeError as e:
        print("worker re-raised", e)
    loop.run_until_complete(loop.shutdown_default_executor())
    loop.close()


before = len(threading._dangling)
threadsafe_failure()
gc.collect()
print("dangling threads left:", len(threading._dangling) - before)
