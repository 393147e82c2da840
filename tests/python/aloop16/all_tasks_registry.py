# asyncio.all_tasks() over the native task registry: pending tasks are
# listed, finished and collected ones are not, _register_task and
# _unregister_task accept task-like objects, and the registry stays
# consistent across many short-lived tasks (its periodic sweep).
import asyncio
import gc
import asyncio.tasks as tasks


async def short(i):
    await asyncio.sleep(0)
    return i


async def main():
    loop = asyncio.get_running_loop()
    me = asyncio.current_task()
    print("self only:", asyncio.all_tasks() == {me})
    ts = [asyncio.create_task(short(i), name=f"t{i}") for i in range(5)]
    print("pending:", sorted(t.get_name() for t in asyncio.all_tasks() if t is not me))
    print("contains:", ts[0] in tasks._all_tasks)
    await asyncio.gather(*ts)
    print("after gather:", asyncio.all_tasks() == {me})
    # many short tasks: the sweep must keep pending ones and drop done ones
    keep = []
    for r in range(20):
        batch = [asyncio.create_task(short(i)) for i in range(50)]
        if r % 5 == 0:
            fut = loop.create_future()
            keep.append((fut, asyncio.create_task(asyncio.wait_for(fut, None))))
        await asyncio.gather(*batch)
    others = asyncio.all_tasks() - {me}
    print("waiting tasks:", len(others), others == {t for _, t in keep})
    for fut, t in keep:
        fut.set_result(1)
    await asyncio.gather(*(t for _, t in keep))
    print("all done:", asyncio.all_tasks() == {me})

    # unregister / register a native task
    t = asyncio.create_task(short(9))
    tasks._unregister_task(t)
    print("unregistered:", t in asyncio.all_tasks(), t in tasks._all_tasks)
    tasks._register_task(t)
    tasks._register_task(t)
    print("registered twice:", sum(1 for x in tasks._all_tasks if x is t))
    await t

    # a task-like object goes through the same functions
    class TaskLike:
        def get_loop(self):
            return loop

        def done(self):
            return False

    like = TaskLike()
    tasks._register_task(like)
    print("task-like:", like in asyncio.all_tasks())
    tasks._unregister_task(like)
    print("task-like gone:", like in asyncio.all_tasks())
    try:
        tasks._register_task(1)
    except TypeError as e:
        print("TypeError:", e)


def handler(loop, ctx):
    print("handler:", ctx["message"])


async def outer():
    asyncio.get_running_loop().set_exception_handler(handler)
    await main()


asyncio.run(outer())
print("outside loop:", len(asyncio.all_tasks(asyncio.new_event_loop())))


# a pending task nobody holds is collected and leaves the registry
async def forever(fut):
    await fut


def collected(debug):
    loop = asyncio.new_event_loop()
    loop.set_debug(debug)
    loop.set_exception_handler(handler)
    t = loop.create_task(forever(loop.create_future()))
    loop._run_once()
    print("forever pending:", asyncio.all_tasks(loop) == {t})
    t = None
    gc.collect()
    print("after collect:", asyncio.all_tasks(loop) == set())
    loop.close()


collected(False)
collected(True)  # the source traceback puts the task on a cycle
