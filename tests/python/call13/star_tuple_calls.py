# f(*t) and f(*t, **k) with k empty, to Python functions of every
# parameter shape: binding, defaults read at each call, errors, identity of
# *args tuples and **kwargs dicts, generators, recursion limit.
import sys
import functools


def exact(a, b):
    return (a, b)


def defaults(a, b=2, c=3):
    return (a, b, c)


def star(a, *rest):
    return (a, rest)


def kwstar(a, *rest, **kw):
    kw["seen"] = True
    return (a, rest, sorted(kw.items()))


def kwonly(a, *, k=10, m):
    return (a, k, m)


def kwonly_def(a, *, k=10):
    return (a, k)


def posonly(a, b=5, /, c=6):
    return (a, b, c)


def cells(a, b=1):
    def inner():
        return a + b
    return inner()


def gen(a, b=1):
    yield a
    yield b


def show(fn, t, k=None):
    try:
        if k is None:
            r = fn(*t)
        else:
            r = fn(*t, **k)
        if hasattr(r, "__next__"):
            r = ("gen", list(r))
        print(fn.__name__, t, "->", r)
    except TypeError as e:
        print(fn.__name__, t, "TypeError:", e)


empty = {}
for t in [(), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4)]:
    for fn in (exact, defaults, star, kwstar, kwonly_def, posonly, cells, gen):
        show(fn, t)
        show(fn, t, empty)
print("empty dict untouched", empty)
show(kwonly, (1,))
show(kwonly, (1,), {})

# Defaults are read at each call.
for i in range(3):
    print(defaults(*(i,)))
    defaults.__defaults__ = (i * 10, i * 100)
defaults.__defaults__ = None
show(defaults, (1,))
show(defaults, (1, 2, 3))
defaults.__defaults__ = (2, 3)
kwonly_def.__kwdefaults__ = {"k": 99}
show(kwonly_def, (1,))
kwonly_def.__kwdefaults__ = None
show(kwonly_def, (1,))
kwonly_def.__kwdefaults__ = {"k": 10}

# A new __code__ takes a new binding.
def other(a, b=7, *c):
    return ("other", a, b, c)
f = defaults
print(f(*(1,)))
f.__code__ = other.__code__
f.__defaults__ = (7,)
print(f(*(1,)), f(*(1, 2, 3)))

# Many tuple lengths at one site.
for n in range(12):
    r = star(*range(n + 1))
    print(n, r[0], len(r[1]))

# The *args tuple is a new tuple; **kwargs a new dict.
def args_of(*a):
    return a
t = (1, 2, 3)
print("same tuple", args_of(*t) is t, args_of(*t) == t)
def kw_of(**k):
    return k
d = {}
print("same dict", kw_of(*(), **d) is d, kw_of(*(), **d))

# A tuple subclass and a list take the general path.
class T(tuple):
    pass
print(defaults(*T((4, 5))), defaults(*[6]))

# Decorator wrappers forwarding *args, **kwargs.
def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper

@logged
def scale(x, factor=3):
    return x * factor

@logged
def needs(x, *, key):
    return x, key

print(scale(2), scale(2, factor=5), scale(2, 4), scale.__name__)
for args in [(), (1, 2, 3)]:
    try:
        scale(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    needs(1)
except TypeError as e:
    print("TypeError:", e)

# Callable instances forward *args.
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.count = 0

    def __call__(self, *args):
        self.count += 1
        return self.fn(*args)

twice = CountCalls(lambda x, y=1: 2 * x * y)
print(twice(3), twice(3, 2), twice.count)

# The recursion limit through f(*t).
def down(n):
    return down(*(n + 1,))
try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)

# Tracing sees the calls made through f(*t).
events = []
def tracer(frame, event, arg):
    if event == "call":
        events.append(frame.f_code.co_name)
    return None
sys.settrace(tracer)
exact(*(1, 2))
defaults(*(1,), **{})
sys.settrace(None)
print(events)

# The recursion limit through f(*t, **{}) and f(*list).
def down2(n):
    return down2(*(n + 1,), **{})
def down4(*a):
    return down4(*[1])
for fn in (down2, down4):
    try:
        fn(0)
    except RecursionError as e:
        print("RecursionError:", e)
