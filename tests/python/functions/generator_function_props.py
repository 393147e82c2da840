def g(a):
    yield a
gi = g(1)
print(type(gi).__name__, gi.__name__, gi.__qualname__)
print(g.__code__.co_flags & 0x20 != 0)
print(gi.gi_running, gi.gi_frame is not None)
next(gi)
try:
    next(gi)
except StopIteration:
    pass
print(gi.gi_frame)
