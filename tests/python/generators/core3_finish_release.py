# A finished generator releases what its frame held (the handled
# exception and temporaries), keeping only the locals its frame object
# shows.
import gc, sys, weakref

class MyObj:
    pass
class MyException(Exception):
    def __init__(self, obj):
        self.obj = obj

def check(action):
    obj = MyObj()
    wr = weakref.ref(obj)
    def raising_gen():
        try:
            raise MyException(obj)
        except MyException:
            yield
    g = raising_gen()
    next(g)
    action(g)
    g = obj = None
    gc.collect()
    print(action.__name__, wr() is None)

def do_close(g):
    g.close()
def do_next(g):
    try:
        next(g)
    except StopIteration:
        pass
def do_throw(g):
    try:
        g.throw(RuntimeError())
    except RuntimeError:
        pass
for a in (do_close, do_next, do_throw):
    check(a)

def locals_kept():
    x = 1
    yield sys._getframe()
gen = locals_kept()
fr = next(gen)
list(gen)
print(fr.f_locals)
def raises():
    y = 2
    yield sys._getframe()
    raise ValueError
gen = raises()
fr = next(gen)
try:
    next(gen)
except ValueError:
    pass
print(fr.f_locals)
