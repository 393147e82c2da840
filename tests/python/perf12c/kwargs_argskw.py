# def f(*args, **kwargs) called with extra positional and keyword arguments
# (the **kwargs dict copied from the call plan's template): the tuple and
# the dict must each behave as its own object (kept alone, mutated,
# collected) for every size combination. Allocating both in one block was
# tried and dropped: a kept dict then kept the tuple's items alive.
import gc
import weakref


def collect(a, *args, **kwargs):
    return args, kwargs


kept = []
for n in range(6):
    for rnd in range(2):
        pos = tuple(range(n))
        calls = [
            collect(0, *pos, x=1),
            collect(0, *pos, x=1, y=[2]),
            collect(0, *pos, x=1, y=2, z=3),
            collect(0, *pos, x=1, y=2, z=3, w=4),
            collect(0, *pos, x=1, y=2, z=3, w=4, v=5),
        ]
        if n == 2:
            calls.append(collect(0, 1, 2, k="only"))
        for args, kwargs in calls:
            kwargs["added"] = len(args)
            kwargs.pop("x", None)
            kept.append(args if rnd else kwargs)
            print(n, args, kwargs, type(args).__name__, type(kwargs).__name__, len(kwargs))
gc.collect()
junk = [collect(0, i, x=i) for i in range(2000)]
del junk
gc.collect()
print(kept[:6])
print(sum(len(k) for k in kept))


def fwd(*args, **kwargs):
    return collect(*args, **kwargs)


for i in range(3):
    print(fwd(i, i + 1, q=i), fwd(i, q=i, r=[i]))


class Obj:
    pass


def only_kwargs(*args, **kwargs):
    return kwargs


for i in range(3):
    o = Obj()
    r = weakref.ref(o)
    k = only_kwargs(o, i, x=i, y=2)
    del o
    gc.collect()
    print(k, r() is None)
