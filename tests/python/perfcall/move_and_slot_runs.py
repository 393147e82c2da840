# Runs of register moves (tuple assignment, argument set-up) and of
# __slots__ attribute loads: values, an unset slot in the middle of a run
# (the traceback points at it), a class changed between runs, and line
# tracing over swaps.
import sys
import traceback


def rotate(n):
    a, b, c, d = 1, 2, 3, 4
    for _ in range(n):
        a, b, c, d = b, c, d, a
    return a, b, c, d


print([rotate(i) for i in range(6)])


def fib_pairs(n):
    a, b = 0, 1
    out = []
    for _ in range(n):
        a, b = b, a + b
        out.append((a, b))
    return out


print(fib_pairs(10))


class P:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z=None):
        self.x = x
        self.y = y
        if z is not None:
            self.z = z


def dot(p, q):
    return p.x * q.x + p.y * q.y + p.z * q.z


ps = [P(i, i + 1, i + 2) for i in range(5)]
print([dot(p, q) for p in ps for q in ps][:12])

try:
    dot(P(1, 2, 3), P(4, 5))
except AttributeError as e:
    print("AttributeError", e)
    print(traceback.format_exc().splitlines()[-3:])


def sums(p):
    return p.x + p.y + p.x + p.y


print([sums(p) for p in ps])
P.w = 5  # a class change: the cached version no longer matches
print([sums(p) for p in ps], P.w)
del P.w
print(sums(P(7, 8)))


class Q(P):
    __slots__ = ("w",)


q = Q(1, 2, 3)
q.w = 10
print(sums(q), dot(q, q), q.w)

events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == "swapper":
        events.append((event, frame.f_lineno - swapper.__code__.co_firstlineno))
    return tracer


def swapper():
    a, b = 1, 2
    a, b = b, a
    c, d = a, b
    return a, b, c, d


sys.settrace(tracer)
r = swapper()
sys.settrace(None)
print(r, events)
print(swapper())
