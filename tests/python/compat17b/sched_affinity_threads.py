# sched_setaffinity(0, mask) is the calling thread's mask; the thread's
# later sched_getaffinity(0) calls see it, however long it runs and
# whatever other threads do meanwhile, and threads it starts inherit it.
import os, threading, time

full = os.sched_getaffinity(0)
mask = set(full)
if len(mask) > 1:
    mask.pop()
os.sched_setaffinity(0, mask)

stop = False
def busy():
    n = 0
    while not stop:
        n += 1
        if n % 1000 == 0:
            time.sleep(0)

seen = []
def child():
    seen.append(os.sched_getaffinity(0) == mask)

workers = [threading.Thread(target=busy) for _ in range(4)]
for w in workers:
    w.start()
same = True
for i in range(300):
    same = same and os.sched_getaffinity(0) == mask
    if i % 30 == 0:
        t = threading.Thread(target=child)
        t.start()
        t.join()
    time.sleep(0.001)
stop = True
for w in workers:
    w.join()
print("main thread keeps its mask:", same)
print("new threads inherit it:", all(seen), len(seen))
os.sched_setaffinity(0, full)
print("restored:", os.sched_getaffinity(0) == full)
