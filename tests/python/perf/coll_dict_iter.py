# for-loops over dict keys and values (FOR_ITER steps the dict iterator
# directly): order, deletion holes, mutation errors, subclasses, reversed.


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


def keys_values():
    d = {i: i * i for i in range(10)}
    del d[3], d[7]
    d[3] = "again"
    return [k for k in d], [v for v in d.values()], [k for k in d.keys()]


def grow_during():
    d = {1: 1}
    for k in d:
        d[k + 1] = 1


def grow_during_values():
    d = {1: 1, 2: 2}
    for v in d.values():
        d.pop(1)


def same_size_change():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]
        d[k + 10] = 1


def value_assign_ok():
    d = dict.fromkeys("abc", 0)
    for k in d:
        d[k] += 1
    return d


class D(dict):
    def __iter__(self):
        return iter(["fake"])


def subclass():
    d = D(a=1, b=2)
    return [k for k in d], [k for k in d.keys()], [v for v in d.values()]


def reversed_views():
    d = {"x": 1, "y": 2, "z": 3}
    return [k for k in reversed(d)], [v for v in reversed(d.values())]


def partial_then_next():
    d = {"x": 1, "y": 2, "z": 3}
    it = iter(d.values())
    first = next(it)
    return first, [v for v in it], list(it)


def empty():
    return [k for k in {}], [v for v in {}.values()]


for name, fn in list(globals().items()):
    if callable(fn) and getattr(fn, "__module__", None) == "__main__" and name not in ("show", "D"):
        show(name, fn)
