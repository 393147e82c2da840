# threading on _thread: Thread start/join, Lock, RLock, Condition, Event, Semaphore, Barrier, local.
import threading


def threads():
    out = []
    lock = threading.Lock()

    def work(i, n=1000):
        for _ in range(n):
            with lock:
                out.append(i)

    ts = [threading.Thread(target=work, args=(i,), kwargs={"n": 500}, name="w%d" % i) for i in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(len(out), sorted(set(out)), [t.name for t in ts], [t.is_alive() for t in ts])
    print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
    print(threading.active_count(), len(threading.enumerate()))
    print(isinstance(threading.get_ident(), int), threading.get_native_id() > 0)


def subclass_and_daemon():
    class T(threading.Thread):
        def run(self):
            self.result = sum(range(100))

    t = T(daemon=True)
    print(t.daemon)
    t.start()
    t.join()
    print(t.result, t.is_alive(), t.ident is not None)
    try:
        t.start()
    except RuntimeError as e:
        print("RuntimeError", e)


def condition_event():
    cond = threading.Condition()
    items = []
    ev = threading.Event()

    def consumer():
        with cond:
            while not items:
                cond.wait()
            got.append(items.pop())
        ev.set()

    got = []
    t = threading.Thread(target=consumer)
    t.start()
    with cond:
        items.append("item")
        cond.notify()
    print(ev.wait(5), got)
    t.join()
    e2 = threading.Event()
    print(e2.is_set(), e2.wait(0.01))


def semaphores_barrier():
    sem = threading.BoundedSemaphore(2)
    print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False))
    sem.release()
    sem.release()
    try:
        sem.release()
    except ValueError as e:
        print("ValueError", e)
    b = threading.Barrier(3)
    order = []

    def party(i):
        b.wait()
        order.append(i)

    ts = [threading.Thread(target=party, args=(i,)) for i in range(2)]
    for t in ts:
        t.start()
    b.wait()
    for t in ts:
        t.join()
    print(sorted(order), b.broken)


def locals_and_timer():
    data = threading.local()
    data.v = "main"
    seen = []

    def f():
        seen.append(getattr(data, "v", None))
        data.v = "thread"

    t = threading.Thread(target=f)
    t.start()
    t.join()
    print(seen, data.v)
    fired = []
    tm = threading.Timer(0.01, lambda: fired.append(1))
    tm.start()
    tm.join()
    print(fired)


def excepthook():
    caught = []
    old = threading.excepthook
    threading.excepthook = lambda args: caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
    t = threading.Thread(target=lambda: 1 / 0, name="bad")
    t.start()
    t.join()
    threading.excepthook = old
    print(caught)


threads()
subclass_and_daemon()
condition_event()
semaphores_barrier()
locals_and_timer()
excepthook()
