import threading, queue, concurrent.futures as cf, time, sys, traceback, contextlib, io
results = []
lock = threading.Lock()
def worker(q, n):
    while True:
        item = q.get()
        if item is None:
            q.task_done(); break
        with lock:
            results.append((item * item))
        q.task_done()
q = queue.Queue(maxsize=5)
ts = [threading.Thread(target=worker, args=(q, i), name=f"w{i}") for i in range(3)]
for t in ts: t.start()
for i in range(20): q.put(i)
for t in ts: q.put(None)
q.join()
for t in ts: t.join()
print(sorted(results), [t.is_alive() for t in ts], ts[0].name)
def task(x):
    if x == 3: raise ValueError(f"bad {x}")
    return x * 10
with cf.ThreadPoolExecutor(max_workers=3) as ex:
    futs = {ex.submit(task, i): i for i in range(6)}
    out = {}
    for f in cf.as_completed(futs):
        try:
            out[futs[f]] = f.result()
        except ValueError as e:
            out[futs[f]] = repr(e)
print(sorted(out.items()))
with cf.ThreadPoolExecutor(2) as ex:
    print(list(ex.map(lambda v: v + 1, range(5))))
    try:
        list(ex.map(task, range(5)))
    except ValueError as e:
        print("map raised", e)
f = cf.Future()
print(f.done(), f.cancel(), f.cancelled())
try: f.result()
except cf.CancelledError as e: print("cancelled", type(e).__name__)
f2 = cf.Future(); f2.set_exception(KeyError("x"))
print(repr(f2.exception()))
try: cf.Future().result(timeout=0.01)
except TimeoutError as e: print("timeout", type(e).__name__, e)
ev = threading.Event()
def setter(): time.sleep(0.05); ev.set()
threading.Thread(target=setter).start()
print(ev.wait(2), ev.is_set())
c = threading.Condition()
items = []
def cons():
    with c:
        c.wait_for(lambda: items)
        items.append("consumed")
t = threading.Thread(target=cons); t.start()
with c:
    items.append("x"); c.notify_all()
t.join(); print(items)
sem = threading.BoundedSemaphore(2)
sem.acquire(); sem.release()
try: sem.release()
except ValueError as e: print(e)
b = threading.Barrier(3)
out = []
def bw(i):
    r = b.wait(); out.append(i)
bt = [threading.Thread(target=bw, args=(i,)) for i in range(3)]
[x.start() for x in bt]; [x.join() for x in bt]; print(sorted(out))
loc = threading.local(); loc.v = "main"
def lw(): loc.v = "thread"; out.append(loc.v)
t = threading.Thread(target=lw); t.start(); t.join(); print(loc.v, out[-1])
def bad(): raise RuntimeError("thread boom")
buf = io.StringIO()
with contextlib.redirect_stderr(buf):
    t = threading.Thread(target=bad, name="Bad"); t.start(); t.join()
print(buf.getvalue().splitlines()[0], buf.getvalue().splitlines()[-1])
caught = []
threading.excepthook = lambda a: caught.append((a.exc_type.__name__, str(a.exc_value), a.thread.name))
t = threading.Thread(target=bad, name="Bad2"); t.start(); t.join(); print(caught)
tm = threading.Timer(0.01, lambda: out.append("timer")); tm.start(); tm.join(); print(out[-1])
pq = queue.PriorityQueue()
for p in [(3, "c"), (1, "a"), (2, "b")]: pq.put(p)
print([pq.get() for _ in range(3)])
lq = queue.LifoQueue(); [lq.put(i) for i in range(3)]; print([lq.get_nowait() for _ in range(3)])
try: lq.get_nowait()
except queue.Empty as e: print("empty", repr(e))
sq = queue.SimpleQueue(); sq.put(1); print(sq.qsize(), sq.get())
print(threading.current_thread().name, threading.main_thread() is threading.current_thread(), threading.active_count())
r = threading.RLock()
with r:
    with r: print("reentrant", r._is_owned() if hasattr(r, "_is_owned") else True)
try: threading.Lock().release()
except RuntimeError as e: print(e)
