# A coroutine collected before it ever ran warns "coroutine ... was never
# awaited" (found by gc.collect() here; CPython warns at once).
import gc
import warnings


async def foo():
    return 1


class K:
    async def meth(self):
        pass


def collect_warnings(fn):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        fn()
        gc.collect()
    return [(x.category.__name__, str(x.message)) for x in w]


def make():
    foo()


def not_iterable():
    try:
        for _ in foo():
            pass
    except TypeError as e:
        print("TypeError", e)


def awaited():
    c = foo()
    try:
        c.send(None)
    except StopIteration as e:
        print("returned", e.value)


def closed():
    c = foo()
    c.close()


print(collect_warnings(make))
print(collect_warnings(lambda: K().meth()))
print(collect_warnings(not_iterable))
print(collect_warnings(awaited))
print(collect_warnings(closed))
orig = warnings._warn_unawaited_coroutine
try:
    seen = []
    warnings._warn_unawaited_coroutine = lambda coro: seen.append(coro.__qualname__)
    print(collect_warnings(make), seen)
finally:
    warnings._warn_unawaited_coroutine = orig
with warnings.catch_warnings():
    warnings.simplefilter("error")
    import sys
    caught = []
    old_hook = sys.unraisablehook
    sys.unraisablehook = lambda u: caught.append((u.exc_type.__name__, type(u.object).__name__))
    try:
        make()
        gc.collect()
    finally:
        sys.unraisablehook = old_hook
    print(caught)
