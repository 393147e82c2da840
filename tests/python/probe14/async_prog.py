# asyncio the way applications use it: queues, gather, timeouts, cancellation, TaskGroup,
# subprocesses, executors, streams against a local server, locks and events.
import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        await asyncio.sleep(0)
    await q.put(None)

async def consumer(q):
    out = []
    while (x := await q.get()) is not None:
        out.append(x * 10)
    return out

async def boom(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)

async def handle(reader, writer):
    while line := await reader.readline():
        writer.write(line.upper())
        await writer.drain()
    writer.close()
    await writer.wait_closed()

async def main():
    q = asyncio.Queue(maxsize=2)
    _, got = await asyncio.gather(producer(q, 5), consumer(q))
    print("consumed", got)
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.01)
    except asyncio.TimeoutError:
        print("timeout")
    t = asyncio.create_task(asyncio.sleep(10), name="sleeper")
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled(), t.get_name())
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(asyncio.sleep(0, "A"))
        b = tg.create_task(asyncio.sleep(0.01, "B"))
    print(a.result(), b.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom("x"))
            tg.create_task(boom("y"))
    except* ValueError as eg:
        print("group", sorted(str(e) for e in eg.exceptions))
    print(await asyncio.gather(boom("z"), asyncio.sleep(0, 1), return_exceptions=True))
    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(0.01, i)) for i in range(3)])
    print(sorted(t.result() for t in done), pending)
    results = []
    for coro in asyncio.as_completed([asyncio.sleep(0.02, "slow"), asyncio.sleep(0.001, "fast")]):
        results.append(await coro)
    print(results)
    p = await asyncio.create_subprocess_exec("sh", "-c", "read x; echo got $x; exit 3",
                                             stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    out, _ = await p.communicate(b"hello\n")
    print(out, p.returncode)
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, sum, [1, 2, 3]), await asyncio.to_thread(max, 4, 9))
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "future done")
    print(await fut)
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"ping\npong\n")
    await writer.drain()
    print(await reader.readline(), await reader.readexactly(5))
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    lock, ev, order = asyncio.Lock(), asyncio.Event(), []
    async def worker(i):
        await ev.wait()
        async with lock:
            order.append(i)
            await asyncio.sleep(0)
    ws = [asyncio.create_task(worker(i)) for i in range(3)]
    ev.set()
    await asyncio.gather(*ws)
    print(order, lock.locked())
    sem = asyncio.Semaphore(2)
    async def limited(i):
        async with sem:
            return i
    print(await asyncio.gather(*(limited(i) for i in range(4))))
    async def agen():
        for i in range(3):
            yield i
            await asyncio.sleep(0)
    print([x async for x in agen()])
    return "main result"

print(asyncio.run(main()))
