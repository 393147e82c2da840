# Weakref callbacks and __del__ methods never run inside a `with` block of
# a plain lock on behalf of garbage that died before it: one that takes the
# same lock would deadlock (multiprocessing's resource tracker and SemLock
# finalizers). They run once the block ends, or at gc.collect().
import gc
import threading
import weakref

lock = threading.Lock()
log = []


class Obj:
    pass


class WithDel:
    def __del__(self):
        log.append("del-free" if lock.acquire(blocking=False) else "del-held")
        if log[-1] == "del-free":
            lock.release()


def cb(_ref):
    log.append("cb-free" if lock.acquire(blocking=False) else "cb-held")
    if log[-1] == "cb-free":
        lock.release()


refs = []


def make(n):
    for _ in range(n):
        o = Obj()
        refs.append(weakref.ref(o, cb))
        WithDel()


def churn():
    # Enough allocation for several Go collections, with eval breaker
    # checks all along.
    total = 0
    for i in range(300_000):
        total += len([i, i, i])
    return total


make(300)
with lock:
    churn()
    inside = list(log)
gc.collect()
print("held inside the block:", [e for e in inside if e.endswith("-held")])
print("after:", sorted(set(log)), log.count("cb-free"), log.count("del-free"))

# The block ends through __exit__ on an exception too.
log.clear()
make(50)
try:
    with lock:
        churn()
        raise KeyError("x")
except KeyError:
    pass
gc.collect()
print("exception:", sorted(set(log)), len(log))

# A with block whose lock was released by hand, then entered elsewhere,
# does not keep the first thread's finalizers waiting for ever.
log.clear()
lock.__enter__()
lock.release()
t = threading.Thread(target=lambda: lock.__enter__())
t.start()
t.join()
lock.release()
make(50)
churn()
gc.collect()
print("stale block:", sorted(set(log)), len(log))

# A Condition over a plain lock: wait() releases and retakes it inside the
# block; notify from another thread.
cond = threading.Condition(threading.Lock())
done = []


def waker():
    with cond:
        done.append(1)
        cond.notify()


with cond:
    threading.Thread(target=waker).start()
    while not done:
        cond.wait()
print("condition ok", done)
