# "coroutine ... was never awaited" goes through warnings'
# _warn_unawaited_coroutine, which passes the coroutine as source.
import gc
import sys
import warnings


async def coro():
    pass


def make():
    coro()


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    make()
    gc.collect()
print([(x.category.__name__, str(x.message), type(x.source).__name__, x.source.__qualname__) for x in w])
sys.stderr = sys.stdout
with warnings.catch_warnings():
    warnings.simplefilter('always')
    warnings.showwarning = lambda *a, **k: print('showwarning', a[0], a[1].__name__, a[3] > 0)
    make()
    gc.collect()
