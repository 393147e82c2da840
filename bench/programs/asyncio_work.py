# asyncio_work: the asyncio event loop itself: many tasks and gather,
# gather with exceptions, a Queue producer/consumer, sleep(0) yields,
# wait_for on fast work, futures resolved by call_soon callbacks, and a
# protocol-free request-handler loop (requests through a queue, handlers
# awaiting futures). Deterministic: no real sleeping, no I/O.
import asyncio
import sys


def size(full, small):
    if len(sys.argv) < 2:
        return full
    return small if sys.argv[1] == "small" else int(sys.argv[1])


async def work(i):
    await asyncio.sleep(0)
    return i * i % 1009


async def failing(i):
    await asyncio.sleep(0)
    if i % 7 == 0:
        raise ValueError(i)
    return i


async def producer(q, base, n):
    for k in range(n):
        await q.put(base + k)
        if k % 4 == 0:
            await asyncio.sleep(0)
    await q.put(None)


async def consumer(q, producers):
    total = done = 0
    while done < producers:
        item = await q.get()
        q.task_done()
        if item is None:
            done += 1
        else:
            total += item
    return total


async def resolved_later(loop, v):
    fut = loop.create_future()
    loop.call_soon(fut.set_result, v)
    return await fut


async def handle(request, loop):
    # A request handler: parse, "look up" via a future, render.
    method, _, path = request.partition(" ")
    key = sum(map(ord, path)) % 97
    value = await resolved_later(loop, key)
    body = f"{method}:{path}:{value}"
    return len(body) + value


async def server(requests, responses, loop):
    while True:
        req = await requests.get()
        if req is None:
            return
        responses.append(await handle(req, loop))


async def round_(r):
    loop = asyncio.get_running_loop()
    acc = 0
    results = await asyncio.gather(*(work(i + r) for i in range(60)))
    acc += sum(results)
    outcomes = await asyncio.gather(*(failing(i) for i in range(30)), return_exceptions=True)
    acc += sum(o if isinstance(o, int) else -o.args[0] for o in outcomes)
    q = asyncio.Queue(maxsize=8)
    cons = asyncio.create_task(consumer(q, 4))
    await asyncio.gather(*(producer(q, p * 100, 25) for p in range(4)))
    acc += await cons
    for i in range(10):
        acc += await asyncio.wait_for(work(i), timeout=10)
    requests = asyncio.Queue()
    responses = []
    servers = [asyncio.create_task(server(requests, responses, loop)) for _ in range(4)]
    for i in range(40):
        requests.put_nowait(f"GET /item/{i + r}")
    for _ in servers:
        requests.put_nowait(None)
    await asyncio.gather(*servers)
    acc += sum(responses)
    t = asyncio.create_task(asyncio.sleep(3600))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        acc += 1
    return acc


async def main(n):
    total = 0
    for r in range(n):
        total = (total * 31 + await round_(r)) % 1000000007
    return total


def run():
    n = size(400, 2)
    print(asyncio.run(main(n)))


run()
