# The interpreter's own descriptors (Go's netpoller: epoll and an eventfd,
# created with the first timer) must not take the low numbers a program
# expects: os.open returns 3 after collections, sleeps, threads and timers
# as it does in a fresh process, and nothing else is open below 256.
import gc
import os
import subprocess
import sys
import threading
import time


def next_fd():
    fd = os.open(os.devnull, os.O_RDONLY)
    os.close(fd)
    return fd


def open_low():
    found = []
    for fd in range(3, 256):
        try:
            os.fstat(fd)
        except OSError:
            continue
        found.append(fd)
    return found


inherited = open_low()  # whatever the test runner left open
print('fresh', next_fd())
gc.collect()
print('gc.collect', next_fd())
time.sleep(0.002)
print('time.sleep', next_fd())
t = threading.Timer(0.005, lambda: None)
t.start()
t.join()
print('threading.Timer', next_fd())
lock = threading.Lock()
lock.acquire()
print('acquire timeout', lock.acquire(timeout=0.003), next_fd())
# Enough garbage for several collections the runtime starts on its own.
for _ in range(20):
    junk = [bytearray(512) for _ in range(20000)]
del junk
time.sleep(0.05)
print('after collections', next_fd())
print('nothing new below 256', open_low() == inherited)

# Four descriptors in a row, as CPython hands them out.
fds = [os.open(os.devnull, os.O_RDONLY) for _ in range(4)]
print('in a row', fds)
for fd in fds:
    os.close(fd)

# A child given one descriptor sees exactly 0, 1, 2 and that one.
keep = os.open(os.devnull, os.O_RDWR)
child = 'import os; print([fd for fd in range(256) if os.path.exists(f"/proc/self/fd/{fd}")])'
out = subprocess.run([sys.executable, '-c', child], capture_output=True, text=True,
                     pass_fds=[keep]).stdout
print('child', out == f'{[0, 1, 2, keep]}\n')
os.close(keep)

# Closing every descriptor above 2, as daemons do, leaves the interpreter
# working (Go's epoll closed under it used to end the process).
os.closerange(3, 4096)
time.sleep(0.002)
t = threading.Timer(0.002, lambda: None)
t.start()
t.join()
print('after closerange', next_fd())
