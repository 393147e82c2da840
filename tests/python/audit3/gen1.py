import sys, types, inspect
def tr(fn):
    try: print("ok", fn())
    except BaseException as e: print(type(e).__name__, e)
def g():
    x = yield 1
    print("got", x)
    try:
        y = yield 2
    except ValueError as e:
        print("caught", e)
        yield 3
    return "done"
it = g()
print(inspect.getgeneratorstate(it))
tr(lambda: it.send(5))
print(next(it), inspect.getgeneratorstate(it))
tr(lambda: it.send("x"))
tr(lambda: it.throw(ValueError("boom")))
tr(lambda: next(it))
tr(lambda: next(it))
print(inspect.getgeneratorstate(it))
it = g(); tr(lambda: it.throw(KeyError("early")))
tr(lambda: next(it))
it = g(); next(it); tr(lambda: it.close()); tr(lambda: next(it))
def g2():
    try: yield 1
    finally: yield 2
it = g2(); next(it); tr(lambda: it.close())
def g3():
    try: yield 1
    except GeneratorExit: return "ret"
it = g3(); next(it); tr(lambda: it.close())
def g4():
    try: yield 1
    except GeneratorExit: raise ValueError("in close")
it = g4(); next(it); tr(lambda: it.close())
def g5():
    yield 1
    raise StopIteration("x")
tr(lambda: list(g5()))
def g5b():
    yield 1
    next(iter([]))
it = g5b(); next(it)
try: next(it)
except RuntimeError as e: print(e, type(e.__cause__).__name__, e.__suppress_context__)
def g6():
    r = yield from g()
    print("r", r)
    return r
it = g6(); print(next(it)); print(it.send("S")); print(it.throw(ValueError("thr"))); tr(lambda: next(it))
class Sub:
    def __iter__(self): return self
    def __next__(self): return 1
    def throw(self, *a): print("sub throw", a[0].__name__ if isinstance(a[0], type) else repr(a[0])); return "thrown"
    def close(self): print("sub close")
def d(): yield from Sub()
it = d(); next(it); print(it.throw(KeyError)); it.close()
class NoThrow:
    def __iter__(self): return self
    def __next__(self): return 1
it = (lambda: (yield from NoThrow()))(); next(it); tr(lambda: it.throw(KeyError("k"))); 
it = (lambda: (yield from NoThrow()))(); next(it); tr(lambda: it.close())
def running():
    yield it2.send(None)
it2 = running(); tr(lambda: next(it2))
def selfsend():
    yield me.throw(ValueError)
me = selfsend(); tr(lambda: next(me))
tr(lambda: g().throw(ValueError, ValueError("x"), None))
tr(lambda: g().throw(1))
tr(lambda: g().throw(ValueError, 1))
tr(lambda: g().throw(ValueError(), 1))
tr(lambda: g().throw(ValueError, None, 1))
it = g(); print(it.__name__, it.__qualname__, it.gi_running, it.gi_frame is not None, it.gi_yieldfrom, type(it.gi_code).__name__)
it.__name__ = "nn"; print(it.__name__, repr(it)[:22])
tr(lambda: setattr(it, "__name__", 1))
it = g6(); next(it); print(type(it.gi_yieldfrom).__name__)
def ret_only():
    return 5
    yield
try: next(ret_only())
except StopIteration as e: print("SI", e.value, e.args)
def genexp_test():
    ge = (x * 2 for x in range(3))
    print(list(ge), list(ge))
    ge = (1/x for x in [1, 0])
    print(next(ge))
    tr(lambda: next(ge))
    tr(lambda: next(ge))
genexp_test()
tr(lambda: (x for x in 1))
ge = (x for x in [1]); print(ge.__name__, ge.__qualname__)
print(type(g()).__name__, isinstance(g(), types.GeneratorType))
# generator in finally during gc ignored: skip
def fin():
    try:
        yield 1
    finally:
        print("cleanup")
f = fin(); next(f); del f
import gc; gc.collect()
print("after del")
# send non-None to unstarted
tr(lambda: fin().send(1))
ff = fin(); tr(lambda: ff.send(None)); ff.close()
def cnt():
    n = 0
    while True:
        n += yield n
c = cnt(); next(c); print(c.send(5), c.send(10))
def lo():
    yield 1
    return
print(list(lo()))
def deleg_return():
    x = yield from [1, 2]
    return x
print(list(deleg_return()))
def throw_in_finally():
    try:
        yield
    finally:
        raise KeyError("fin")
t = throw_in_finally(); next(t)
tr(lambda: t.throw(ValueError("orig")))
