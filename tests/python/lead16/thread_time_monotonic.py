# time.thread_time never goes backwards within a thread, while the thread allocates
# (collections) and other threads run: a goroutine that migrated between OS
# threads used to read another thread's CPU clock.
import time, threading
def check(n):
    last = time.thread_time(); back = 0
    for i in range(n):
        x = [str(j) for j in range(200)]
        t = time.thread_time()
        if t < last: back += 1
        last = t
    return back
print(check(20000))
res = []
ths = [threading.Thread(target=lambda: res.append(check(5000))) for _ in range(3)]
for t in ths: t.start()
for t in ths: t.join()
print(res)
import os
pid = os.fork()
if pid == 0:
    os._exit(7 if check(100) == 0 else 1)
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
