# threading primitives as worker programs use them: Condition producer/consumer, Barrier phases,
# Semaphore limits, Event, Timer, local(), RLock reentry, excepthook, ThreadPoolExecutor map/as_completed,
# futures callbacks/exceptions/cancel, wait(FIRST_EXCEPTION), queue.PriorityQueue/LifoQueue.
import threading, queue, time, concurrent.futures as cf, sys, io, contextlib

buf, cond, done = [], threading.Condition(), []
def producer():
    for i in range(5):
        with cond:
            buf.append(i)
            cond.notify()
    with cond:
        buf.append(None); cond.notify()
def consumer():
    while True:
        with cond:
            cond.wait_for(lambda: buf)
            x = buf.pop(0)
        if x is None:
            break
        done.append(x * 10)
ts = [threading.Thread(target=consumer), threading.Thread(target=producer)]
for t in ts: t.start()
for t in ts: t.join()
print("cond", done)

phases = []
lock = threading.Lock()
bar = threading.Barrier(3, action=lambda: phases.append("phase"))
def phase_worker(i):
    for p in range(2):
        with lock:
            phases.append((p, i))
        r = bar.wait()
ths = [threading.Thread(target=phase_worker, args=(i,), name=f"w{i}") for i in range(3)]
[t.start() for t in ths]; [t.join() for t in ths]
print("barrier", phases.count("phase"), sorted(x for x in phases if x != "phase"), bar.broken, bar.parties, bar.n_waiting)
b2 = threading.Barrier(2, timeout=0.05)
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    print("broken", type(e).__name__, b2.broken)

sem = threading.BoundedSemaphore(2)
active, peak = [0], [0]
def limited():
    with sem:
        with lock:
            active[0] += 1; peak[0] = max(peak[0], active[0])
        time.sleep(0.01)
        with lock:
            active[0] -= 1
ths = [threading.Thread(target=limited) for _ in range(6)]
[t.start() for t in ths]; [t.join() for t in ths]
print("sem peak", peak[0] <= 2, active[0])
try:
    sem.release()
except ValueError as e:
    print("ValueError", e)

ev = threading.Event()
tm = threading.Timer(0.01, ev.set)
tm.start()
print("event", ev.wait(2), ev.is_set(), tm.is_alive() in (True, False))
tm.join()
tl = threading.local()
tl.v = "main"
res = {}
def loc(n):
    tl.v = n; time.sleep(0.001); res[n] = tl.v
ths = [threading.Thread(target=loc, args=(i,)) for i in range(4)]
[t.start() for t in ths]; [t.join() for t in ths]
print("local", sorted(res.items()), tl.v)
rl = threading.RLock()
with rl:
    with rl:
        print("rlock reentered", rl._is_owned() if hasattr(rl, "_is_owned") else True)
caught = []
old = threading.excepthook
threading.excepthook = lambda a: caught.append((a.exc_type.__name__, str(a.exc_value), a.thread.name))
t = threading.Thread(target=lambda: 1 / 0, name="bad")
t.start(); t.join()
threading.excepthook = old
print("excepthook", caught)
print(threading.current_thread().name, threading.main_thread() is threading.current_thread(), threading.active_count() >= 1)

def slow_sq(x):
    time.sleep(0.001 * (5 - x))
    if x == 3:
        raise KeyError(x)
    return x * x
with cf.ThreadPoolExecutor(max_workers=3, thread_name_prefix="pool") as ex:
    futs = {ex.submit(slow_sq, i): i for i in range(5)}
    out = {}
    for f in cf.as_completed(futs):
        i = futs[f]
        out[i] = repr(f.exception()) if f.exception() else f.result()
    print("as_completed", sorted(out.items()))
    print("map", list(ex.map(lambda x: x + 1, range(5))))
    try:
        list(ex.map(slow_sq, range(5)))
    except KeyError as e:
        print("map raised KeyError", e)
    f = ex.submit(pow, 2, 10)
    cbs = []
    f.add_done_callback(lambda fut: cbs.append(fut.result()))
    cf.wait([f])
    print("callback", cbs, f.done(), f.cancelled(), f.running())
    done_, notdone = cf.wait([ex.submit(slow_sq, 3), ex.submit(time.sleep, 0.2)], return_when=cf.FIRST_EXCEPTION)
    print("wait", len(done_), len(notdone))
fut = cf.Future()
print(fut.cancel(), fut.cancelled(), repr(fut).split(" ")[-1])
try:
    fut.result()
except cf.CancelledError as e:
    print("CancelledError", type(e).__mro__[1].__name__)
fut2 = cf.Future(); fut2.set_exception(ValueError("v"))
try:
    fut2.result(timeout=0)
except ValueError as e:
    print("ValueError", e)
try:
    cf.Future().result(timeout=0.01)
except TimeoutError as e:
    print("TimeoutError", type(e) is cf.TimeoutError)
pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b")]: pq.put(item)
lq = queue.LifoQueue()
for i in range(3): lq.put(i)
print([pq.get() for _ in range(3)], [lq.get() for _ in range(3)], pq.empty(), pq.qsize())
q = queue.Queue(maxsize=1)
q.put(1)
try:
    q.put(2, timeout=0.01)
except queue.Full:
    print("Full")
q.get()
try:
    q.get_nowait()
except queue.Empty:
    print("Empty")
sq = queue.SimpleQueue(); sq.put(5); print(sq.get(), sq.empty())
