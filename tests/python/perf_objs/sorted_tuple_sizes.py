# list(t) and sorted(t) of tuples of every small length: results and sizes.
import sys
for n in range(0, 9):
    t = tuple(range(n))
    print(n, sys.getsizeof(list(t)), sys.getsizeof(sorted(t)), sys.getsizeof(sorted(reversed(t))), sorted(t, reverse=True))
