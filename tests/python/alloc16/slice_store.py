# `x[i:j] = y[k:l:m]` stored without building the slice's list: the
# results, errors and order of effects must be CPython's.
import sys


def flips(perm):
    n = 0
    k = perm[0]
    while k:
        perm[:k + 1] = perm[k::-1]
        n += 1
        k = perm[0]
    return n, perm


print(flips([3, 1, 4, 0, 2]))
print(flips([2, 0, 1]))
print(flips(list(range(9))[::-1]))


def grow_shrink(a, b):
    a[1:3] = b[::2]
    print(a)
    a[:] = b[:1]
    print(a)
    a[5:] = b[-3:]
    print(a)
    a[-100:100] = a[::-1]
    print(a)
    a[2:1] = b[1:4]
    print(a)


grow_shrink([0, 1, 2, 3, 4], list("abcdefg"))


def extended(a):
    a[::2] = a[1::2] if False else a[-1::-2]
    print(a)
    a[::-1] = a[:]
    print(a)
    try:
        a[::2] = a[:1]
    except ValueError as e:
        print("ValueError", e)
    print(a)
    a[1::3] = a[:0:-3]
    print(a)


extended(list(range(7)))
extended(list(range(8)))


def same_list_views(a):
    # the source is read before the target's bounds are computed
    i = 2
    a[i:i + 2] = a[:i + 3]
    print(a)
    a[:i + 1] = a[i::-1]
    print(a)


same_list_views(list(range(6)))


def chained(a):
    a[:2] = q = a[1::-1]
    print(a, q)
    q = a[2:] = a[::-1]
    print(a, q)
    a[:1] = a[1:2] = a[-1:]
    print(a)


chained([1, 2, 3, 4])


def big(a):
    # more items than the buffer on the stack holds
    a[:30] = a[29::-1]
    print(a[:5], a[25:35], len(a))


big(list(range(40)))


class Idx:
    def __init__(self, v):
        self.v = v

    def __add__(self, k):
        print("add", self.v, k)
        return self.v + k

    def __index__(self):
        return self.v


def odd_bounds(a, k):
    a[:k + 1] = a[k::-1]
    return a


print(odd_bounds([1, 2, 3, 4], 2))
print(odd_bounds([1, 2, 3, 4], Idx(1)))
print(odd_bounds([1, 2, 3, 4], 2**70 - 2**70 + 1))
try:
    odd_bounds([1, 2, 3], 1.5)
except TypeError as e:
    print("TypeError", e)
try:
    print(odd_bounds([1, 2, 3], sys.maxsize))
except Exception as e:
    print(type(e).__name__, e)
print(odd_bounds([1, 2, 3], -1))
print(odd_bounds([1, 2, 3], -5))


class MyList(list):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)

    def __getitem__(self, k):
        print("get", k)
        return super().__getitem__(k)


def other_types(a, b):
    a[:2] = b[::-1]
    return a


print(other_types(MyList([1, 2, 3]), [7, 8, 9]))
print(other_types([1, 2, 3], MyList([7, 8, 9])))
print(other_types(bytearray(b"abc"), [65, 66]))
print(other_types([1, 2, 3], (4, 5, 6)))
print(other_types([1, 2, 3], "xyz"))
try:
    other_types((1, 2, 3), [4, 5])
except TypeError as e:
    print("TypeError", e)
d = {}
try:
    other_types(d, [1, 2])
except TypeError as e:
    print("TypeError", e)


def in_generator(a):
    for k in range(len(a)):
        a[:k + 1] = a[k::-1]
        yield list(a)


print(list(in_generator([1, 2, 3, 4])))


def traced(a):
    a[:2] = a[1::-1]
    return a


events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == "traced":
        events.append((event, frame.f_lineno - traced.__code__.co_firstlineno))
    return tracer


sys.settrace(tracer)
r = traced([5, 6, 7])
sys.settrace(None)
print(r, events)


def where(a):
    a[::2] = a[1:]
    return a


try:
    where([1, 2, 3, 4])
except ValueError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("ValueError", e, tb.tb_lineno - where.__code__.co_firstlineno)
