# gc.collect() returns only after the weakref callbacks and __del__ methods
# of what it found dead have run, also while other threads keep the
# machine busy (a cleanup goroutine that paused between forgetting an
# object and queueing its callbacks once let gc.collect() return early).
import gc, threading, weakref

stop = threading.Event()
def spin():
    n = 0
    while not stop.is_set():
        n += 1
threads = [threading.Thread(target=spin) for _ in range(3)]
for t in threads: t.start()

class K:
    pass

class D:
    log = []
    def __init__(self, i): self.i = i
    def __del__(self): D.log.append(self.i)

bad = []
for i in range(60):
    wkd = weakref.WeakKeyDictionary()
    wvd = weakref.WeakValueDictionary()
    ws = weakref.WeakSet()
    k = K(); wkd[k] = i; wvd[i] = k; ws.add(k)
    calls = []
    r = weakref.ref(k, lambda ref: calls.append(i))
    d = D(i)
    before = (len(wkd), len(wvd), len(ws), r() is k)
    del k, d
    gc.collect()
    after = (len(wkd), len(wvd), len(ws), r(), calls, D.log[-1:] == [i])
    if before != (1, 1, 1, True) or after != (0, 0, 0, None, [i], True):
        bad.append((i, before, after))
stop.set()
for t in threads: t.join()
print("bad rounds:", bad)
print(len(D.log), D.log[:5])
