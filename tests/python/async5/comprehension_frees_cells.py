# A comprehension that uses a variable of its enclosing function (a
# method's self) must not keep it alive once the function returned: a
# ProcessPoolExecutor deleted after map() shuts down when collected.
import gc
import weakref


class E:
    def f(self, x):
        return x * 2

    def mapped(self, xs):
        return [self.f(x) for x in xs]

    def filtered(self, xs):
        return {x for x in xs if self is not None}

    def lazily(self, xs):
        fs = [self.f(x) for x in xs]

        def it():
            yield from fs
        return it()


for name in ("mapped", "filtered", "lazily"):
    e = E()
    out = getattr(e, name)([1, 2, 3])
    r = weakref.ref(e, lambda ref, name=name: print("collected", name))
    del e
    gc.collect()
    print(name, "alive:", r() is not None, sorted(out))

from concurrent import futures
import multiprocessing

ex = futures.ProcessPoolExecutor(max_workers=2, mp_context=multiprocessing.get_context("fork"))
res = ex.map(abs, range(-3, 3))
manager = ex._executor_manager_thread
del ex
gc.collect()
manager.join(30)
print("manager thread ended:", not manager.is_alive())
print(list(res))
