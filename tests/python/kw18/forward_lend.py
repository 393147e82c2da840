# Forwarding wrappers: f(*args, **kwargs) passed straight on. The *args
# tuple and **kwargs dict of such a wrapper may be reused between calls
# only when nothing can still see them: these cases keep them visible.
import sys


def area(width, height=1, *, scale=1, offset=0):
    return width * height * scale + offset


def forward(*args, **kwargs):
    return area(*args, **kwargs)


def fwd_args(*args):
    return area(*args)


def fwd_kw(**kwargs):
    return area(**kwargs)


def fwd_mixed(a, *args, **kwargs):
    return area(a, *args, **kwargs)


# Plain forwarding, many shapes through one site and several sites.
total = 0
for i in range(300):
    total += forward(i, height=2, scale=3)
    total += forward(i, 2)
    total += forward(i)
    total += forward(width=i, offset=4)
    total += fwd_args(i, 3)
    total += fwd_kw(width=i, height=2, scale=1, offset=1)
    total += fwd_mixed(i, 5, offset=2)
print(total)

# A callee that keeps what it is given: *a and **k in a Python function are
# new objects, so the kept ones never change.
kept = []


def keeper(*a, **k):
    kept.append((a, k))
    return len(a) + len(k)


def fwd_keeper(*args, **kwargs):
    return keeper(*args, **kwargs)


for i in range(5):
    fwd_keeper(i, i + 1, x=i, y=-i)
print(kept)

# A builtin callee given the star arguments: dict(**kwargs) and
# tuple-producing builtins must not see the objects change later.
def fwd_builtin(*args, **kwargs):
    return dict(*args, **kwargs)


def fwd_zip(*args):
    return zip(*args)


ds = [fwd_builtin(a=i, b=i * 2) for i in range(4)]
print(ds)
zs = [fwd_zip((i, i + 1), (i * 10, i * 10 + 1)) for i in range(4)]
print([list(z) for z in zs])


# A class callee (type call) with *args kept by __init__.
class Keep:
    def __init__(self, *a, **k):
        self.a, self.k = a, k


def fwd_class(*args, **kwargs):
    return Keep(*args, **kwargs)


ks = [fwd_class(i, i, z=i) for i in range(4)]
print([(k.a, k.k) for k in ks])


# The callee looks at its caller's frame: f_locals keeps the wrapper's
# tuple and dict, which must stay as they were.
seen = []


def peek(*a, **k):
    seen.append(sys._getframe(1).f_locals)
    return 0


def fwd_peek(*args, **kwargs):
    return peek(*args, **kwargs)


for i in range(4):
    fwd_peek(i, i + 100, key=i)
    forward(i, height=9)  # reuse the same machinery in between
print(seen)


# An exception leaves through the wrapper: its traceback's frame keeps
# the locals.
def boom(*a, **k):
    raise ValueError(a, k)


def fwd_boom(*args, **kwargs):
    return boom(*args, **kwargs)


tbs = []
for i in range(3):
    try:
        fwd_boom(i, -i, tag=str(i))
    except ValueError as e:
        tbs.append(e.__traceback__.tb_next.tb_frame.f_locals)
    fwd_boom.__code__  # keep going
    fwd_args(i)
print(tbs)


# A generator callee takes its arguments later.
def gen(*a, **k):
    yield a
    yield k


def fwd_gen(*args, **kwargs):
    return gen(*args, **kwargs)


gs = [fwd_gen(i, i * 2, q=i) for i in range(3)]
print([list(g) for g in gs])


# Recursion through a forwarder.
def rec(n, *args, **kwargs):
    if n == 0:
        return (args, kwargs)
    return fwd_rec(n - 1, *args, depth=n, **{k: v for k, v in kwargs.items() if k != "depth"})


def fwd_rec(*args, **kwargs):
    return rec(*args, **kwargs)


print(fwd_rec(5, "a", "b", x=1))


# Wrappers that also keep their star arguments some other way.
saved = []


def fwd_save(*args, **kwargs):
    r = area(*args, **kwargs)
    saved.append((args, kwargs))
    return r


def fwd_locals(*args, **kwargs):
    r = area(*args, **kwargs)
    saved.append(locals())
    return r


def fwd_closure(*args, **kwargs):
    get = lambda: (args, kwargs)
    area(*args, **kwargs)
    return get


def fwd_twice(*args, **kwargs):
    return area(*args, **kwargs) + area(*args, **kwargs)


closures = []
for i in range(4):
    fwd_save(i, height=i)
    fwd_locals(i, scale=i)
    closures.append(fwd_closure(i, offset=i))
    saved.append(fwd_twice(i, 2, scale=2))
    forward(i, height=7, scale=7)
print(saved)
print([c() for c in closures])


# A callable object and a bound method as the forwarded-to callee.
class Rec:
    def __init__(self):
        self.calls = []

    def __call__(self, *a, **k):
        self.calls.append((a, k))

    def meth(self, *a, **k):
        self.calls.append(("m", a, k))


rec_obj = Rec()


def fwd_obj(*args, **kwargs):
    return rec_obj(*args, **kwargs)


def fwd_meth(*args, **kwargs):
    return rec_obj.meth(*args, **kwargs)


for i in range(3):
    fwd_obj(i, k=i)
    fwd_meth(i, -i, k=i)
print(rec_obj.calls)


# Tracing sees the wrapper's frame and its locals.
events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == "forward" and event == "return":
        events.append(frame.f_locals)
    return tracer


sys.settrace(tracer)
for i in range(3):
    forward(i, height=i + 1, scale=2)
sys.settrace(None)
print(events)
print(forward(3, height=3, scale=3), fwd_args(3, 3), fwd_kw(width=3))
