# Calling an instance whose class defines __call__ in Python: results,
# argument errors, keywords, generators, class changes, recursion depth,
# metaclass __call__, tracing and exceptions crossing the call.
import sys


class Counter:
    def __init__(self, fn):
        self.fn = fn
        self.count = 0

    def __call__(self, *args, **kw):
        self.count += 1
        return self.fn(*args, **kw)


class Plain:
    def __call__(self, x, y=10):
        return x + y


twice = Counter(lambda x: 2 * x)
p = Plain()
print([twice(i) for i in range(5)], twice.count, p(1), p(1, 2), p(x=3), p(1, y=4))
for call in (lambda: p(), lambda: p(1, 2, 3), lambda: p(1, z=2), lambda: Plain()(*[1], **{"y": 5})):
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)


class Holder:
    def __init__(self):
        self.f = Plain()
        self.g = twice

    def run(self, v):
        return self.f(v) + self.g(v)


h = Holder()
print(h.run(3), twice.count)


class Gen:
    def __call__(self, n):
        for i in range(n):
            yield i * i


print(list(Gen()(4)))


class Async:
    async def __call__(self, v):
        return v + 1


c = Async()(41)
try:
    c.send(None)
except StopIteration as e:
    print("async", e.value)


class Changing:
    def __call__(self):
        return "first"


ch = Changing()
print(ch())
Changing.__call__ = lambda self: "second"
print(ch())
ch.__call__ = lambda: "instance attribute ignored"
print(ch())
del Changing.__call__
try:
    ch()
except TypeError as e:
    print("TypeError", e)


class Meta(type):
    def __call__(cls, *args):
        return ("meta", cls.__name__, args)


class WithMeta(metaclass=Meta):
    pass


print(WithMeta(1, 2))


class Rec:
    def __init__(self):
        self.n = 0

    def __call__(self, k):
        self.n += 1
        return self(k - 1) if k else 0


r = Rec()
print(r(100), r.n)
for limit in (60, 61, 62, 63):
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(limit)
    r = Rec()
    try:
        r(1000)
    except RecursionError as e:
        res = (str(e), r.n)
    sys.setrecursionlimit(old)
    print(limit, res)


def depth():
    n = 0
    f = sys._getframe()
    while f:
        n += 1
        f = f.f_back
    return n


class Depth:
    def __call__(self):
        return depth()


print(Depth()() - depth())


class Boom:
    def __call__(self, x):
        raise ValueError("boom %s" % x)


try:
    Boom()(7)
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("ValueError", e, names)

events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name in ("__call__", "traced"):
        events.append((frame.f_code.co_name, event))
    return tracer


def traced():
    return Plain()(1)


sys.settrace(tracer)
v = traced()
sys.settrace(None)
print(v, events)
