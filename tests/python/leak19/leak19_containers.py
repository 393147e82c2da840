# Objects removed from a small set or list die at the next collection:
# the set's first table and a short list's items array are allocated with
# the container and must not keep what was removed (nor what a growth
# moved to a new array) alive.
import gc
import weakref


class Obj:
    pass


def alive(wrs):
    gc.collect()
    return sum(w() is not None for w in wrs)


def removed_from_set(n):
    objs = [Obj() for _ in range(n)]
    wrs = [weakref.ref(o) for o in objs]
    s = set()
    for o in objs:
        s.add(o)
    for o in objs:
        s.remove(o)
    del o, objs
    return alive(wrs), len(s)


def cleared_set(n):
    objs = [Obj() for _ in range(n)]
    wrs = [weakref.ref(o) for o in objs]
    s = set(objs)
    del objs
    s.clear()
    return alive(wrs), len(s)


def cleared_list(n):
    objs = [Obj() for _ in range(n)]
    wrs = [weakref.ref(o) for o in objs]
    lst = objs[:n]  # a slice: items inline with the list
    del objs
    lst.clear()
    return alive(wrs), len(lst)


def grown_then_popped(n, grow):
    objs = [Obj() for _ in range(n)]
    wrs = [weakref.ref(o) for o in objs]
    lst = objs[:n]
    del objs
    if grow == "append":
        for _ in range(20):
            lst.append(0)
    else:
        lst.extend([0] * 20)
    while lst:
        lst.pop()
    n_alive = alive(wrs)
    return n_alive, len(lst)


for n in (3, 5, 8, 12):
    print("set remove", n, removed_from_set(n))
    print("set clear", n, cleared_set(n))
    print("list clear", n, cleared_list(n))
    print("list append", n, grown_then_popped(n, "append"))
    print("list extend", n, grown_then_popped(n, "extend"))

# The items stay where they belong when nothing was removed.
s = {1, 2, 3}
s.update(range(10, 20))
print(sorted(s))
lst = [1, 2, 3][:2]
lst.append(4)
lst.extend([5, 6, 7, 8])
print(lst)
