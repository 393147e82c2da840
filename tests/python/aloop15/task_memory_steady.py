# Finished tasks are freed: after many rounds of short tasks, gather and
# failing tasks, asyncio.all_tasks() and the weak references to old tasks
# show none left alive once gc.collect() ran.
import asyncio
import gc
import weakref


async def work(i):
    await asyncio.sleep(0)
    return i * 2


async def failing(i):
    await asyncio.sleep(0)
    if i % 3 == 0:
        raise ValueError(i)
    return i


async def main():
    refs = []
    total = 0
    for r in range(30):
        tasks = [asyncio.create_task(work(i)) for i in range(20)]
        refs.extend(weakref.ref(t) for t in tasks[:2])
        total += sum(await asyncio.gather(*tasks))
        out = await asyncio.gather(*(failing(i) for i in range(9)), return_exceptions=True)
        total += sum(x for x in out if isinstance(x, int))
        del tasks, out
    gc.collect()
    print(total, len(asyncio.all_tasks()), sum(r() is not None for r in refs))


asyncio.run(main())
gc.collect()
print(len(asyncio.tasks._all_tasks))
