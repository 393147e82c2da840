# Star unpacking and starred displays: the starred list must be a new list
# each time, independent of its source, and errors must match.
import gc
import weakref


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


def from_list():
    src = [1, 2, 3, 4]
    a, *b, c = src
    b.append(99)
    src.append(5)
    return a, b, c, src


def from_tuple():
    a, *b = (1, 2, 3)
    b2 = b
    a2, *b = (1, 2, 3)
    return a, b, b is b2, b == b2


def from_gen():
    a, *b, c = (i * i for i in range(6))
    b.append("x")
    b.extend(range(3))
    return a, b, c


def from_str():
    *a, b = "hello"
    return a, b


def empty_star():
    a, *b, c = [1, 2]
    b.append(1)
    return a, b, c


def too_few():
    a, *b, c, d = [1, 2]


def too_few_gen():
    a, *b, c = iter([1])


def not_iterable():
    a, *b = 5


def from_dict():
    *a, b = {"x": 1, "y": 2, "z": 3}
    return a, b


def from_set_len():
    a, *b = {7}
    return a, b


class Tracked:
    pass


def star_releases():
    # The items outside the starred list are not kept alive by it.
    objs = [Tracked() for _ in range(3)]
    refs = [weakref.ref(o) for o in objs]
    a, *b, c = (o for o in objs)
    del objs, a, c
    gc.collect()
    return [r() is None for r in refs], len(b)


def display_list():
    a = [1, 2]
    x = [*a, 3]
    x.append(4)
    return a, x


def display_tuple():
    a = [1, 2]
    t = (*a, 3)
    u = (*(), *a)
    v = (*a,)
    return t, u, v, type(v).__name__


def display_many():
    a, b = [1], (2, 3)
    return [*a, *b, *"xy", *range(2)], (*b, *a, *b)


def display_empty():
    e = []
    x = [*e]
    x.append(1)
    return e, x, [*e, *()], (*e,)


def display_not_iterable():
    return [*5]


def display_gen():
    return (*(i for i in range(3)), "end")


def call_star():
    def f(*args):
        return args
    a = [1, 2]
    return f(*a, 3), f(*a), f(3, *a), f(*a, *a)


def large():
    a = list(range(100))
    x, *y, z = a
    t = (*a, *a)
    return x, len(y), z, len(t), t[99], t[100]


def display_appends():
    a, b = [1, 2], (3,)
    x = [*a, 10, 11, 12, *b, 13]
    y = (*a, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)
    z = [*a, a[0] + 100, *a]
    x.append(99)
    x.extend(range(3))
    return x, y, z, a, b


for name, fn in list(globals().items()):
    if callable(fn) and getattr(fn, "__module__", None) == "__main__" and name not in ("show", "Tracked"):
        show(name, fn)
