import asyncio, threading, queue, concurrent.futures as cf, time, contextvars, sys

def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

def square(x):
    if x == 3:
        raise ValueError("three")
    return x * x
with cf.ThreadPoolExecutor(max_workers=3) as ex:
    futs = [ex.submit(square, i) for i in range(6)]
    for i, f in enumerate(futs):
        try:
            print("fut", i, f.result(timeout=5))
        except ValueError as e:
            print("fut", i, "error", e, f.exception() is e)
    print(list(ex.map(lambda x: x + 1, range(5))))
    try:
        list(ex.map(square, range(5)))
    except ValueError as e:
        print("map raised", e)
t("submit after shutdown", lambda: ex.submit(square, 1))
f = cf.Future()
print(f.done(), f.cancel(), f.cancelled(), repr(f)[:20] if False else f._state)
t("cancelled result", lambda: f.result())
f2 = cf.Future(); f2.set_result(5)
t("set twice", lambda: f2.set_result(6) if False else f2.set_exception(ValueError()) if False else type(f2))
print(cf.wait([f2], timeout=0).done == {f2})
q = queue.Queue(maxsize=2)
q.put(1); q.put(2)
t("full", lambda: q.put(3, block=False))
t("full timeout", lambda: q.put(3, timeout=0.01))
print(q.get(), q.get(), q.empty(), q.qsize())
t("empty", lambda: q.get_nowait())
pq = queue.PriorityQueue(); [pq.put((p, s)) for p, s in [(3, "c"), (1, "a"), (2, "b")]]
print([pq.get()[1] for _ in range(3)])
lq = queue.LifoQueue(); [lq.put(i) for i in range(3)]; print([lq.get() for _ in range(3)])
sq = queue.SimpleQueue(); sq.put("x"); print(sq.get(), sq.empty())
results = []
lock = threading.Lock()
def worker(n):
    for _ in range(1000):
        with lock:
            results.append(n)
ths = [threading.Thread(target=worker, args=(i,), name=f"w{i}") for i in range(4)]
[th.start() for th in ths]; [th.join() for th in ths]
print(len(results), sorted(set(results)), ths[0].name, ths[0].is_alive())
ev = threading.Event(); print(ev.wait(0.01), ev.is_set()); ev.set(); print(ev.wait(), ev.is_set())
cond = threading.Condition(); order = []
def waiter():
    with cond:
        cond.wait_for(lambda: order)
        order.append("woke")
th = threading.Thread(target=waiter); th.start()
with cond:
    order.append("set"); cond.notify_all()
th.join(); print(order)
sem = threading.BoundedSemaphore(1); sem.acquire(); sem.release()
t("bounded over", lambda: sem.release())
b = threading.Barrier(2)
res = []
def bw():
    res.append(b.wait() in (0, 1))
tb = threading.Thread(target=bw); tb.start(); bw(); tb.join(); print(res)
loc = threading.local(); loc.x = 1
def lw(): res.append(hasattr(loc, "x"))
th = threading.Thread(target=lw); th.start(); th.join(); print(res[-1])
t("rlock release", lambda: threading.RLock().release())
t("lock release", lambda: threading.Lock().release())
t("thread twice", lambda: (lambda th: (th.start(), th.join(), th.start()))(threading.Thread(target=lambda: None)))
def crash():
    raise KeyError("in thread")
old = threading.excepthook
threading.excepthook = lambda a: print("hook", a.exc_type.__name__, a.exc_value, a.thread.name)
th = threading.Thread(target=crash, name="crasher"); th.start(); th.join()
threading.excepthook = old
tm = threading.Timer(0.01, lambda: print("timer fired")); tm.start(); tm.join()
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
cv = contextvars.ContextVar("cv", default="d")
async def child(name, delay):
    cv.set(name)
    await asyncio.sleep(delay)
    return f"{name}:{cv.get()}"
async def failing():
    await asyncio.sleep(0)
    raise RuntimeError("task failed")
async def main():
    print(await asyncio.gather(child("a", 0.02), child("b", 0.01)))
    print(await asyncio.gather(failing(), child("c", 0), return_exceptions=True))
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__)
    task = asyncio.create_task(asyncio.sleep(10), name="sleeper")
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled", task.cancelled(), task.get_name())
    q = asyncio.Queue()
    async def prod():
        for i in range(3):
            await q.put(i)
        await q.put(None)
    async def cons():
        out = []
        while (x := await q.get()) is not None:
            out.append(x)
        return out
    print(await asyncio.gather(prod(), cons()))
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(child("tg1", 0))
    print(t1.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing())
            tg.create_task(asyncio.sleep(1))
    except* RuntimeError as eg:
        print("eg", [str(e) for e in eg.exceptions])
    loop = asyncio.get_running_loop()
    r = await loop.run_in_executor(None, square, 7)
    print("executor", r)
    sem = asyncio.Semaphore(2); lk = asyncio.Lock(); evt = asyncio.Event()
    async with sem, lk:
        print("locked", lk.locked(), sem.locked())
    evt.set(); print(await evt.wait())
    async def agen():
        for i in range(3):
            yield i
            await asyncio.sleep(0)
    print([x async for x in agen()])
    done, pending = await asyncio.wait([asyncio.create_task(child("w", 0))], timeout=1)
    print(len(done), len(pending))
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("asyncio.timeout ok")
    print(cv.get())
asyncio.run(main())
t("run non-coro", lambda: asyncio.run(5))
async def boom():
    raise ValueError("uncaught in asyncio")
asyncio.run(boom())
