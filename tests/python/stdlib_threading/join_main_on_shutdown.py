# A thread that joins the main thread runs to its end at shutdown, and
# threading._shutdown's checks pass: the main thread's lock reads unlocked
# right after its release although a joiner is waiting for it.
import subprocess
import sys

child = r'''
import sys, time, threading
def joiningfunc(mainthread):
    mainthread.join()
    print('end of thread')
    sys.stdout.flush()
t = threading.Thread(target=joiningfunc, args=(threading.current_thread(),))
t.start()
time.sleep(0.05)
print('end of main')
'''
results = set()
for i in range(8):
    r = subprocess.run([sys.executable, '-c', child], capture_output=True, text=True)
    results.add((r.returncode, r.stdout, r.stderr))
print(sorted(results))

import _thread
import threading
import time

lock = _thread.allocate_lock()
lock.acquire()
got = []
t = threading.Thread(target=lambda: got.append(lock.acquire()))
t.start()
time.sleep(0.05)
lock.release()
print('locked right after release:', lock.locked())
t.join()
print(got, lock.locked())
lock.release()
print(lock.locked(), repr(lock).split()[0])
