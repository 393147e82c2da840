# Function attributes live in a record allocated on first use (runtime/function.go):
# reads, writes, __dict__ replacement, functools.wraps and pickling behave as before.
import functools, sys
def f(): pass
print(f.__dict__, f.__dict__ is f.__dict__)
f.x = 1; print(f.__dict__, f.x, vars(f))
def g(): pass
print(getattr(g, 'nope', 'dflt'), hasattr(g, '__wrapped__'))
try: g.nope
except AttributeError as e: print(e)
g.__dict__ = {'a': 2}; print(g.a, g.__dict__)
try: g.__dict__ = 3
except TypeError as e: print(e)
try: del g.__dict__
except TypeError as e: print(e)
@functools.wraps(f)
def h(): pass
print(h.__wrapped__ is f, h.x, sorted(h.__dict__))
@functools.lru_cache
def k(n): return n
print(k(3), k.cache_info())
del f.x; print(f.__dict__)
class C:
    def m(self): pass
C.m.tag = 5; print(C().m.tag, C.m.__dict__)
import pickle; print(pickle.loads(pickle.dumps(f)) is f)
