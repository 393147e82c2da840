# Calls binding *args and **kwargs together (one allocation for both when
# small) and **kwargs filled without lookups: every count of positional
# and extra keyword arguments, growth and mutation of the dict afterwards,
# keeping either object, and errors.
import gc
import weakref


def both(a, *args, k=0, **kwargs):
    return a, args, k, kwargs


def only(*args, **kwargs):
    kwargs["added"] = len(args)
    for i in range(10):
        kwargs["g%d" % i] = i  # grows past the inline table
    del kwargs["g0"]
    return args, sorted(kwargs.items())


kept = []


def keep(*args, **kwargs):
    kept.append((args, kwargs))
    return len(args), len(kwargs)


def run():
    for _ in range(3):
        print(both(1))
        print(both(1, 2))
        print(both(1, 2, 3, 4))
        print(both(1, 2, 3, 4, 5, 6, k=7))
        print(both(1, x=1), both(1, 2, x=1, y=2), both(1, 2, 3, x=1, y=2, z=3))
        print(both(1, 2, k=3, x=4, y=5))
        print(both(1, 2, 3, 4, x=1, y=2))
        print(only(), only(1), only(1, 2, 3, a=1, b=2))
        print(keep(1, 2, x=3), keep(), keep(1), keep(1, 2, 3, 4, p=1, q=2, r=3))
        try:
            both(1, a=2)
        except TypeError as e:
            print("TypeError", e)
        try:
            both()
        except TypeError as e:
            print("TypeError", e)
        args, kw = both(1, 2, 3, x=1)[1], both(1, 2, 3, x=1)[3]
        kw["new"] = args
        print(kw, args, type(args), type(kw))


run()
print(kept[:3])
for args, kw in kept:
    kw.clear()
print(kept[:3])


class Big:
    pass


def drop(*args, **kwargs):
    return kwargs


b = Big()
r = weakref.ref(b)
d = drop(b, x=1)
del b
gc.collect()
print(sorted(d), r() is None or type(r()).__name__)
