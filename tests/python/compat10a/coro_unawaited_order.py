# Coroutines never awaited warn when collected, in the order they were
# created when one collection finds several (CPython warns as each one's
# last reference goes, which here is creation order too).
import gc
import sys
import warnings

async def first(): pass
async def second(): pass
async def third(): pass

def make():
    a = first()
    b = second()
    c = third()
    a = b = c = None

with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter("always")
    for _ in range(3):
        make()
        gc.collect()
    print([str(w.message) for w in ws])

# The unraisable hook sees the last coroutine created last.
seen = []
old = sys.unraisablehook
sys.unraisablehook = lambda u: seen.append(repr(u.object).split(" at ")[0])
try:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        make()
        gc.collect()
finally:
    sys.unraisablehook = old
print(seen)
