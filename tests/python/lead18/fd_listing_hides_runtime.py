# A process's own descriptor listing shows what the program opened, not the
# descriptors Krait's runtime makes for itself at its first collection or
# timed wait (its netpoller and interrupt eventfd): CPython has none.
import gc
import os
import threading
import time


def fds():
    return sorted(int(n) for n in os.listdir("/proc/self/fd"))


before = fds()
gc.collect()
time.sleep(0.01)
threading.Event().wait(0.01)
junk = [[i] * 10 for i in range(300000)]  # enough for automatic collections
del junk
print("after collections and waits", fds() == before)
r, w = os.pipe()
print("a pipe adds two", len(fds()) - len(before))
print("dev fd agrees", sorted(int(n) for n in os.listdir("/dev/fd")) == fds())
os.close(r)
os.close(w)
print("closed", fds() == before)
