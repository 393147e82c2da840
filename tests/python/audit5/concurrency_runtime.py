# threading, queue, concurrent.futures, weakref, signal, atexit, gc and
# warnings used as ordinary programs use them.
import threading, queue, concurrent.futures as cf, weakref, signal, atexit, gc, warnings, time, os, sys, io, contextlib
results = []
lock = threading.Lock()
def work(n):
    with lock:
        results.append(n * n)
ts = [threading.Thread(target=work, args=(i,), name="w%d" % i) for i in range(8)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(results), ts[0].name, ts[0].is_alive(), ts[0].daemon, threading.current_thread().name, threading.main_thread() is threading.current_thread())
print(repr(threading.Lock()).split(" at ")[0], threading.active_count(), type(threading.get_ident()).__name__, threading.RLock().__class__.__name__)
e = threading.Event(); print(e.is_set(), e.wait(0.01), e.set(), e.wait())
c = threading.Condition(); 
with c: print(c.wait(0.01), c.notify_all())
s = threading.Semaphore(2); print(s.acquire(), s.acquire(), s.acquire(blocking=False), s.release())
bs = threading.BoundedSemaphore(1); bs.acquire(); bs.release()
try: bs.release()
except ValueError as x: print(x)
try: threading.Lock().release()
except RuntimeError as x: print(x)
r = threading.RLock(); r.acquire(); r.acquire(); r.release(); r.release()
try: r.release()
except RuntimeError as x: print(x)
b = threading.Barrier(3)
out = []
def bw(i):
    out.append(b.wait() >= 0)
bt = [threading.Thread(target=bw, args=(i,)) for i in range(3)]
[t.start() for t in bt]; [t.join() for t in bt]
print(out)
local = threading.local(); local.x = 1
def lw(): local.x = 2; out.append(getattr(local, "x"))
t = threading.Thread(target=lw); t.start(); t.join(); print(local.x)
tm = threading.Timer(0.01, lambda: out.append("timer")); tm.start(); tm.join(); print(out[-1])
err = io.StringIO()
def boom(): raise ValueError("in thread")
with contextlib.redirect_stderr(err):
    t = threading.Thread(target=boom, name="T1"); t.start(); t.join()
print(err.getvalue().splitlines()[0], err.getvalue().splitlines()[-1])
seen = []
threading.excepthook = lambda a: seen.append((a.exc_type.__name__, str(a.exc_value), a.thread.name))
t = threading.Thread(target=boom, name="T2"); t.start(); t.join(); print(seen)
threading.excepthook = threading.__excepthook__
try: threading.Thread(target=print).join()
except RuntimeError as x: print(x)
t = threading.Thread(target=print, args=()); t.start(); t.join()
try: t.start()
except RuntimeError as x: print(x)
q = queue.Queue(maxsize=2); q.put(1); q.put(2)
try: q.put(3, block=False)
except queue.Full: print("Full")
print(q.get(), q.qsize(), q.full(), q.empty())
q.get(); q.task_done(); q.task_done(); q.join()
try: q.get(timeout=0.01)
except queue.Empty: print("Empty")
try: q.task_done()
except ValueError as x: print(x)
pq = queue.PriorityQueue(); [pq.put(x) for x in [3, 1, 2]]; print([pq.get() for _ in range(3)])
lq = queue.LifoQueue(); [lq.put(x) for x in [1, 2]]; print(lq.get())
sq = queue.SimpleQueue(); sq.put(5); print(sq.get(), sq.empty())
with cf.ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(lambda x: x * 2, range(5))))
    fs = [ex.submit(pow, 2, i) for i in range(4)]
    print(sorted(f.result() for f in cf.as_completed(fs)))
    f = ex.submit(lambda: 1 / 0)
    try: f.result()
    except ZeroDivisionError as x: print("ZDE", x, type(f.exception()).__name__, f.done(), f.cancelled())
    done, notdone = cf.wait(fs, return_when=cf.ALL_COMPLETED); print(len(done), len(notdone))
try: ex.submit(print)
except RuntimeError as x: print(x)
fut = cf.Future(); print(fut.cancel(), fut.cancelled(), repr(fut).split(" at ")[0])
try: fut.result()
except cf.CancelledError as x: print("Cancelled", type(x).__mro__[1].__name__)
class Obj:
    def __repr__(self): return "Obj()"
o = Obj(); calls = []
w = weakref.ref(o, lambda r: calls.append("cb"))
print(w() is o, weakref.getweakrefcount(o), repr(w).split(" at ")[0])
p = weakref.proxy(o); print(repr(p).split(" at ")[0], str(p))
del o; gc.collect()
print(w(), calls)
try: str(p)
except ReferenceError as x: print(x)
try: weakref.ref(1)
except TypeError as x: print(x)
class K: pass
wvd = weakref.WeakValueDictionary(); k = K(); wvd["a"] = k; print(len(wvd)); del k; gc.collect(); print(len(wvd))
wkd = weakref.WeakKeyDictionary(); k = K(); wkd[k] = 1; print(list(wkd.values())); del k; gc.collect(); print(len(wkd))
ws = weakref.WeakSet(); k = K(); ws.add(k); print(len(ws)); del k; gc.collect(); print(len(ws))
k = K(); fin = weakref.finalize(k, calls.append, "fin"); print(fin.alive); del k; gc.collect(); print(calls, fin.alive)
class M:
    def m(self): return "m"
mo = M(); wm = weakref.WeakMethod(mo.m); print(wm()()); del mo; gc.collect(); print(wm())
print(signal.SIGINT, repr(signal.SIGTERM), signal.Signals(2).name, signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.SIG_DFL, signal.SIG_IGN)
got = []
old = signal.signal(signal.SIGUSR1, lambda sig, frame: got.append((sig, type(frame).__name__)))
os.kill(os.getpid(), signal.SIGUSR1); time.sleep(0.05)
print(got, old)
try: os.kill(os.getpid(), signal.SIGINT); time.sleep(0.5)
except KeyboardInterrupt: print("KeyboardInterrupt")
try: signal.signal(signal.SIGKILL, signal.SIG_IGN)
except OSError as x: print(type(x).__name__, x)
try: signal.signal(999, signal.SIG_IGN)
except ValueError as x: print(x)
try: signal.signal(signal.SIGUSR1, 5)
except TypeError as x: print(x)
signal.signal(signal.SIGALRM, lambda s, f: got.append("alarm")); signal.setitimer(signal.ITIMER_REAL, 0.01); time.sleep(0.2); print(got[-1])
print(signal.strsignal(signal.SIGINT), sorted(signal.valid_signals())[:3], signal.alarm(0))
print(gc.isenabled(), gc.collect() >= 0, type(gc.get_count()).__name__, len(gc.get_threshold()), gc.is_tracked([]), gc.is_tracked(1))
gc.disable(); print(gc.isenabled()); gc.enable()
print(type(gc.get_objects()).__name__, gc.garbage, type(gc.get_stats()).__name__, gc.callbacks)
with warnings.catch_warnings(record=True) as wl:
    warnings.simplefilter("always")
    warnings.warn("w1"); warnings.warn("w2", DeprecationWarning); warnings.warn(UserWarning("w3"))
    warnings.warn_explicit("w4", RuntimeWarning, "f.py", 7)
    print([(str(x.message), x.category.__name__, x.lineno if x.filename == "f.py" else "L") for x in wl])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try: warnings.warn("boom")
    except UserWarning as x: print("raised", x)
    warnings.filterwarnings("ignore", message="ign.*")
    warnings.warn("ignored")
e2 = io.StringIO()
with contextlib.redirect_stderr(e2):
    warnings.warn("to stderr")
    warnings.warn("to stderr")
    warnings.warn("once per location", stacklevel=1)
print(e2.getvalue().count("UserWarning"), warnings.formatwarning("msg", UserWarning, "file.py", 3, "line"))
try: warnings.warn("x", category=5)
except TypeError as x: print(x)
def handler(): print("atexit ran", flush=True)
atexit.register(handler)
atexit.register(lambda: print("second-registered runs first", flush=True))
atexit.register(print, "with args", 1)
atexit.unregister(print)
print("end of main")
