# gc.collect frees the functions of a dropped class even after they were
# looked up through the class (the type attribute cache does not keep them)
import functools, gc, weakref


def run():
    class A:
        @functools.lru_cache
        def m(self, x):
            return x

        def plain(self):
            pass

    refs = [weakref.ref(getattr(A, 'm')), weakref.ref(getattr(A, 'plain')), weakref.ref(A)]
    print([r() is None for r in refs])
    del A
    gc.collect()
    print([r() is None for r in refs])


run()
