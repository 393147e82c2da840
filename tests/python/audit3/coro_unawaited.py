# The "coroutine ... was never awaited" RuntimeWarning names the line that
# created (and dropped) the coroutine.
import warnings, gc
async def c(): pass
def f():
    c()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    c()
    gc.collect()
    f()
    gc.collect()
print(len(w), [(x.category.__name__, str(x.message), x.lineno, x.filename.split("/")[-1]) for x in w])
print("end")
