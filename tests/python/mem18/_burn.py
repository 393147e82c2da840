# Shared by this directory's cases: CPU time without allocating, so that no
# collection can happen while it runs (the heap goal is lowered by time).
import time


def burn(seconds):
    end = time.process_time() + seconds
    n = 0
    while time.process_time() < end:
        for i in range(1000):
            n += i & 7
    return n
