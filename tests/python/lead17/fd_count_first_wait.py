# The number of open descriptors does not change across a program's first
# blocking read on the main thread (test_zipfile's test_many_opens counts
# them around code that waits): the runtime's own descriptors exist by then.
import os
import time


def count():
    return len(os.listdir("/proc/self/fd"))


time.sleep(0.01)  # nothing printed yet: no wait on stdout so far
before = count()
r, w = os.pipe()
os.write(w, b"x")
data = os.read(r, 1)
os.close(r)
os.close(w)
after = count()
print(data, before == after, after - before)
