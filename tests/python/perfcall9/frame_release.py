# Objects reachable only from finished calls die at gc.collect(): the frame
# records a call leaves behind forget its function, its caller (a
# generator's frame lives inside the generator) and its registers, also
# when deep recursion took a new register chunk.
import gc
import weakref

class Obj:
    pass

def make():
    x = Obj()
    def use(n):
        return n + (x is not None)
    return use, weakref.ref(x)

use, wr = make()
print(use(1), use(2), wr() is not None)
del use
gc.collect()
print("closure released", wr() is None)

def helper(o):
    return o is not None

def gen(o):
    yield helper(o)
    yield helper(o)

o = Obj()
wo = weakref.ref(o)
g = gen(o)
print(next(g), next(g))
wg = weakref.ref(g)
del g, o
gc.collect()
print("generator released", wg() is None, wo() is None)

# A frame with many registers recursing far enough to need a second
# register chunk; what it held must go when the recursion is over.
src = ["def deep(n, o):"]
src += [f"    v{i} = n + {i}" for i in range(300)]
src += ["    if n == 0:", "        return o is not None", "    return deep(n - 1, o)"]
ns = {}
exec("\n".join(src), ns)
deep = ns["deep"]
o = Obj()
wo = weakref.ref(o)
print(deep(240, o))
del o
gc.collect()
print("deep released", wo() is None)

def raiser(o):
    raise ValueError(o is not None)

o = Obj()
wo = weakref.ref(o)
try:
    raiser(o)
except ValueError as e:
    print("ValueError", e)
del o
gc.collect()
print("raised released", wo() is None)
