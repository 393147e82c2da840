# A forked child whose main thread blocks in os.read while another thread,
# woken by a timer, writes the pipe; the parent has allocated enough that
# the GC driver runs (and the scheduler is on one P) before the fork.
import os, threading, time, gc

junk = []
for i in range(300000):
    junk.append([i, str(i)])
    if len(junk) > 1000:
        junk = []

for round in range(5):
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        def writer():
            time.sleep(0.02)
            os.write(w, b"x")
        t = threading.Thread(target=writer)
        t.start()
        data = os.read(r, 1)
        t.join()
        # A lock wait with a timeout needs the timer to fire in the child.
        lock = threading.Lock()
        lock.acquire()
        got = lock.acquire(timeout=0.05)
        # Allocate enough for collections in the child too.
        keep = [[j] * 3 for j in range(200000)]
        os._exit(42 if data == b"x" and not got and len(keep) == 200000 else 1)
    os.close(r)
    os.close(w)
    _, status = os.waitpid(pid, 0)
    print(round, os.waitstatus_to_exitcode(status))
