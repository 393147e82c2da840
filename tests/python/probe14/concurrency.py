# Concurrency: threading + queue, concurrent.futures, subprocess, signal, contextlib.
import threading, queue, concurrent.futures as cf, subprocess, signal, sys, contextlib, os, io

def worker(q, results, lock):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        with lock:
            results.append(item * item)
        q.task_done()

q = queue.Queue()
results, lock = [], threading.Lock()
threads = [threading.Thread(target=worker, args=(q, results, lock), name=f"w{i}") for i in range(4)]
for t in threads:
    t.start()
for i in range(20):
    q.put(i)
for _ in threads:
    q.put(None)
q.join()
for t in threads:
    t.join()
print(sorted(results) == [i * i for i in range(20)], all(not t.is_alive() for t in threads), threads[0].name)

pq = queue.PriorityQueue()
for p in [(3, "c"), (1, "a"), (2, "b")]:
    pq.put(p)
print([pq.get() for _ in range(3)], pq.empty())
lq = queue.LifoQueue(maxsize=2)
lq.put(1); lq.put(2)
try:
    lq.put(3, block=False)
except queue.Full:
    print("Full", lq.qsize(), lq.get_nowait())
try:
    queue.SimpleQueue().get(timeout=0.01)
except queue.Empty:
    print("Empty")

ev = threading.Event()
cond = threading.Condition()
state = []
def waiter():
    with cond:
        cond.wait_for(lambda: state)
        state.append("woke")
    ev.set()
t = threading.Thread(target=waiter)
t.start()
with cond:
    state.append("go")
    cond.notify_all()
print(ev.wait(5), state)
t.join()
sem = threading.BoundedSemaphore(2)
sem.acquire(); sem.acquire()
print(sem.acquire(blocking=False))
sem.release(); sem.release()
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)
barrier = threading.Barrier(3)
order = []
def at_barrier(i):
    idx = barrier.wait()
    with lock:
        order.append(i)
ts = [threading.Thread(target=at_barrier, args=(i,)) for i in range(3)]
[t.start() for t in ts]; [t.join() for t in ts]
print(sorted(order), barrier.broken)
local = threading.local()
def set_local(v, out):
    local.v = v
    out.append(local.v)
out = []
ts = [threading.Thread(target=set_local, args=(i, out)) for i in range(3)]
[t.start() for t in ts]; [t.join() for t in ts]
print(sorted(out), hasattr(local, "v"))
timer_hits = []
tm = threading.Timer(0.01, lambda: timer_hits.append(1))
tm.start(); tm.join()
print(timer_hits, threading.current_thread() is threading.main_thread(), threading.active_count())
rl = threading.RLock()
with rl:
    with rl:
        print("reentrant ok")

def slow_square(x):
    if x == 3:
        raise ValueError("three")
    return x * x
with cf.ThreadPoolExecutor(max_workers=3) as ex:
    futs = {ex.submit(slow_square, i): i for i in range(6)}
    res = {}
    for f in cf.as_completed(futs):
        i = futs[f]
        res[i] = f.exception() and repr(f.exception()) or f.result()
    print(sorted(res.items()))
    print(list(ex.map(str.upper, ["a", "b"])))
    done, pending = cf.wait([ex.submit(pow, 2, 10)], return_when=cf.ALL_COMPLETED)
    print(len(done), len(pending), done.pop().result())
f = cf.Future()
f.add_done_callback(lambda fut: print("callback", fut.result()))
f.set_result(7)
print(f.done(), f.cancelled())

if __name__ == "__main__":
    with cf.ProcessPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(abs, [-1, -2, 3])), ex.submit(divmod, 17, 5).result())

r = subprocess.run([sys.executable, "-c", "import sys; print('hi', sys.argv[1:]); sys.stderr.write('err\\n'); sys.exit(3)", "a b", "c"],
                   capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr), r.args[2:])
print(subprocess.check_output(["sh", "-c", "echo $((6*7))"]), subprocess.check_output("echo shell | tr a-z A-Z", shell=True, text=True))
try:
    subprocess.run(["sh", "-c", "exit 5"], check=True)
except subprocess.CalledProcessError as e:
    print("CalledProcessError", e.returncode, e)
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
o, e = p.communicate(b"piped data\n")
print(o, e, p.returncode)
p = subprocess.Popen(["sh", "-c", "for i in 1 2 3; do echo line$i; done"], stdout=subprocess.PIPE, text=True)
print([l.rstrip() for l in p.stdout], p.wait())
try:
    subprocess.run(["sleep", "5"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", e.timeout <= 0.2)
r = subprocess.run(["sh", "-c", "echo $FOO; pwd"], env={"FOO": "bar", "PATH": os.environ["PATH"]}, cwd="/", stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(r.stdout)
print(subprocess.run(["sh", "-c", "kill -TERM $$"]).returncode, subprocess.getstatusoutput("echo x; exit 2"))

got = []
def handler(signum, frame):
    got.append(signal.Signals(signum).name)
old = signal.signal(signal.SIGUSR1, handler)
os.kill(os.getpid(), signal.SIGUSR1)
print(got, old is signal.SIG_DFL, signal.getsignal(signal.SIGUSR1) is handler, signal.SIGINT.value, str(signal.SIGTERM))
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
def on_alarm(s, f):
    raise TimeoutError("alarm")
signal.signal(signal.SIGALRM, on_alarm)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    while True:
        pass
except TimeoutError as e:
    print("caught", e)

@contextlib.contextmanager
def tag(name, log):
    log.append(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        log.append(f"handled {e}")
    finally:
        log.append(f"</{name}>")
log = []
with contextlib.ExitStack() as stack:
    a = stack.enter_context(tag("a", log))
    b = stack.enter_context(tag("b", log))
    stack.callback(log.append, "callback")
    log.append(a + b)
print(log)
log = []
with tag("x", log):
    raise KeyError("k")
print(log)
with contextlib.suppress(FileNotFoundError, ZeroDivisionError):
    1 / 0
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured")
print(repr(buf.getvalue()), contextlib.nullcontext(5).__enter__())
class Res:
    def close(self):
        print("closed")
with contextlib.closing(Res()):
    pass
with contextlib.ExitStack() as st:
    st.push(lambda *exc: print("exit cb", exc[0].__name__) or True)
    raise RuntimeError("swallowed")
print("done")
