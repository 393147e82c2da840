# Operator dunders defined in Python run as frames of the interpreter loop:
# results, NotImplemented fallbacks, errors and tracebacks, in-place forms,
# class changes, closures, recursion, generators and tracing.
import sys
import traceback


class V:
    __slots__ = ("x",)

    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        if isinstance(o, (int, float)):
            return V(self.x + o)
        return NotImplemented

    def __sub__(self, o):
        if o == 0:
            raise ValueError("sub zero")
        return V(self.x - (o.x if isinstance(o, V) else o))

    def __mul__(self, k):
        return V(self.x * k)

    __rmul__ = __mul__

    def __truediv__(self, k):
        return NotImplemented

    def __repr__(self):
        return "V(%r)" % (self.x,)


a, b = V(1), V(2)
print(a + b, a + 3, a + 2.5, a - b, a - 1, a * 3, 3 * a, a * 1.5)
acc = V(0)
for i in range(5):
    acc += V(i)
    acc -= 1
    acc *= 2
print(acc)
k = V(1)
k += 10
print(k)

for expr in ("a + 'x'", "a / 2", "a / b", "a - 0", "a + None"):
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)

try:
    a - 0
except ValueError:
    tb = traceback.extract_tb(sys.exc_info()[2])
    print([(t.name, t.line) for t in tb])

try:
    x = a
    x /= 3
except TypeError as e:
    print("TypeError", e)


class F(float):
    def __add__(self, o):
        return NotImplemented

    def __sub__(self, o):
        return "F.sub"


f = F(1.5)
for g in (lambda: f + 2.0, lambda: f + 1, lambda: f - 1.0, lambda: f - f, lambda: f + "s", lambda: f + f):
    try:
        print(g())
    except TypeError as e:
        print("TypeError", e)


class I(int):
    def __mul__(self, o):
        return NotImplemented


for g in (lambda: I(3) * 4, lambda: I(3) * I(5), lambda: I(3) * 2.0):
    try:
        print(g())
    except TypeError as e:
        print("TypeError", e)


class W:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return ("first", self.v, o.v)


w1, w2 = W(1), W(2)
print(w1 + w2)
W.__add__ = lambda self, o: ("second", self.v + o.v)
print(w1 + w2)


def make_add(tag):
    def __add__(self, o):
        return (tag, self.v, o.v)
    return __add__


W.__add__ = make_add("closure")
print(w1 + w2)


def add_defaults(self, o, scale=10):
    return self.v * scale + o.v


W.__add__ = add_defaults
print(w1 + w2)
del W.__add__
try:
    w1 + w2
except TypeError as e:
    print("TypeError", e)


class R:
    def __init__(self, n):
        self.n = n

    def __add__(self, o):
        if self.n == 0:
            return 0
        return 1 + (R(self.n - 1) + o)


print(R(50) + R(0))
limit = sys.getrecursionlimit()
sys.setrecursionlimit(200)
try:
    R(10000) + R(0)
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(limit)


def gen():
    s = V(0)
    for i in range(3):
        s = s + V(i)
        yield s


print(list(gen()))


class Rebind:
    def __add__(self, o):
        self = 5
        o = 6
        return NotImplemented

    def __sub__(self, o):
        return NotImplemented


rb = Rebind()
try:
    rb + 1
except TypeError as e:
    print("TypeError", e)
try:
    rb - rb
except TypeError as e:
    print("TypeError", e)

events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name in ("__add__", "__mul__", "traced"):
        events.append((frame.f_code.co_name, event))
    return tracer


def traced():
    return V(1) + V(2) * 3


sys.settrace(tracer)
r = traced()
sys.settrace(None)
print(r, events)


class Boom:
    def __add__(self, o):
        raise KeyError(o)


try:
    Boom() + Boom.__name__
except KeyError as e:
    print("KeyError", e)
    print(e.__traceback__.tb_next.tb_frame.f_code.co_name)
