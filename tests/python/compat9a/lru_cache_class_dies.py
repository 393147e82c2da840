# A dropped class and its lru_cache'd methods die at gc.collect() even after
# the code that read them (A.method) specialized its attribute loads.
import functools, gc, weakref

def make():
    @functools.lru_cache
    def function(x):
        return x
    class A:
        @functools.lru_cache
        def method(self, x):
            return (self, x)
        @staticmethod
        @functools.lru_cache
        def static(x):
            return x
        def plain(self):
            return 1
    refs = [weakref.ref(function), weakref.ref(A.method), weakref.ref(A.static), weakref.ref(A)]
    for _ in range(3):
        A.plain, A.static, A.method
    print([r() is None for r in refs])
    return refs

refs = make()
gc.collect()
print([r() is None for r in refs])
for i in range(3):
    refs = make()
    gc.collect()
    print(i, [r() is None for r in refs])
