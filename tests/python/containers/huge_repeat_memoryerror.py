# A repetition that cannot fit in memory raises MemoryError, as CPython's
# failing allocation does, instead of aborting the process.
import sys
for n in [10**13, sys.maxsize, 2**62]:
    for seq in ([0], (1, 2)):
        try:
            seq * n
        except MemoryError as e:
            print(type(seq).__name__, "MemoryError", repr(e))
print([1, 2] * 3, (1,) * 2, [] * 10**12, () * sys.maxsize)
