# __iter__ = None blocks iteration; __len__ results are checked like CPython's slot_sq_length.
class N:
    __iter__ = None
for f in (iter, list, tuple, sorted):
    try:
        f(N())
    except TypeError as e:
        print(f.__name__, e)
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
for n in (3, True, -1, 2**64, -2**64, 1.5):
    try:
        print(len(L(n)), bool(L(n)))
    except Exception as e:
        print(type(e).__name__, e)
