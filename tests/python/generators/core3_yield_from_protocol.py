# yield from: a custom iterator's StopIteration value, send through an
# ordinary attribute lookup, StopIteration.value and SystemExit.code as
# writable members, and the RuntimeError wrapping a StopIteration.
class MyIter:
    def __iter__(self): return self
    def __next__(self): raise StopIteration(42)

def gen():
    r = yield from MyIter()
    print("returned", r)
list(gen())

class Broken:
    def __iter__(self): return self
    def __next__(self): return 1
    def __getattr__(self, attr): 1/0

def g():
    yield from Broken()
gi = g()
print(next(gi))
try:
    gi.send(1)
except ZeroDivisionError as e:
    print("send:", type(e).__name__)
gi = g(); next(gi)
try:
    gi.throw(AttributeError)
except ZeroDivisionError as e:
    print("throw:", type(e).__name__)
print("still suspended:", gi.gi_suspended)
import sys
seen = []
sys.unraisablehook = lambda u: seen.append(u.exc_type.__name__)
gi.close()
print("close:", seen, gi.gi_suspended)
sys.unraisablehook = sys.__unraisablehook__

e = StopIteration("spam")
print(e.value, e)
e.value = "eggs"
print(e.value, e, e.args)
del e.value
print(e.value)
s = SystemExit(3)
s.code = 5
print(s.code, s.args)

def f():
    raise StopIteration
def h():
    yield f()
try:
    next(h())
except RuntimeError as exc:
    print(exc, type(exc.__cause__).__name__, type(exc.__context__).__name__, exc.__suppress_context__)

class ValueIter:
    def __iter__(self): return self
    def __next__(self):
        e = StopIteration(1)
        e.value = 2
        raise e
def k():
    r = yield from ValueIter()
    print("assigned value wins:", r)
list(k())
raise SystemExit(7) if False else SystemExit(s.code)
