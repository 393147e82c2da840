# gc.get_referrers finds the lists, dicts, instances, tuples and frames
# that hold an object, and not the ones that do not.
import gc

class Leak:
    pass

target = Leak()
holder = {'k': target}
lst = [target]
tup = (target,)
class Box:
    def __init__(self, v):
        self.v = v
box = Box(target)
other = [Leak()]

refs = gc.get_referrers(target)
print(any(r is holder for r in refs), any(r is lst for r in refs),
      any(r is tup for r in refs), any(r is box for r in refs),
      any(r is other for r in refs))
print(any(r is globals() for r in refs))

# Several objects at once.
x, y = Leak(), Leak()
pair = [x]
pair2 = {'y': y}
refs = gc.get_referrers(x, y)
print(any(r is pair for r in refs), any(r is pair2 for r in refs))

# A finished frame (kept by a traceback) refers to its locals.
def f():
    loc = Leak()
    raise ValueError(loc)
try:
    f()
except ValueError as e:
    tb = e.__traceback__
    obj = e.args[0]
frame = tb.tb_next.tb_frame
print(any(r is frame for r in gc.get_referrers(obj)))

# A suspended generator holds its locals.
def gen():
    inside = Leak()
    yield inside
it = gen()
val = next(it)
print(any(r is it for r in gc.get_referrers(val)))

# A class is found through its dict (how trace.py names methods).
class Owner:
    def meth(self):
        pass
def class_of(code):
    # A running frame is not a referrer: func stays a local here.
    funcs = [r for r in gc.get_referrers(code) if type(r).__name__ == 'function']
    print(len(funcs), funcs[0].__name__)
    dicts = [r for r in gc.get_referrers(funcs[0]) if isinstance(r, dict)]
    print(len(dicts))
    classes = [c for c in gc.get_referrers(dicts[0]) if hasattr(c, '__bases__')]
    return [c.__name__ for c in classes]
print(class_of(Owner.meth.__code__))

# get_objects holds the containers, is_tracked tells atoms from them.
objs = gc.get_objects()
print(any(o is lst for o in objs), any(o is box for o in objs), any(type(o) is str for o in objs))
print(gc.is_tracked(box), gc.is_tracked([]), gc.is_tracked(()),
      gc.is_tracked({}), gc.is_tracked({1: []}), gc.is_tracked('s'), gc.is_tracked(3),
      gc.is_tracked(int), gc.is_tracked(Box))
