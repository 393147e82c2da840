# Keyword calls bind through a per-site plan; the results and errors must
# match CPython's whatever the defaults do between calls.


def f(a, b=10, c=20):
    return (a, b, c)


def kwo(a, *, scale=2, offset=0):
    return a * scale + offset


def posonly(a, /, b=1):
    return (a, b)


def call_f(i):
    return f(i, c=i + 1)


print([call_f(i) for i in range(3)])
print([f(a=i, b=0) for i in range(3)])
print([kwo(i, offset=1) for i in range(3)])
print([kwo(a=i, scale=3) for i in range(3)])

# Defaults change under an existing plan.
for defaults in [(1, 2), (5,), None]:
    f.__defaults__ = defaults
    try:
        print(call_f(7))
    except TypeError as e:
        print("TypeError:", e)
f.__defaults__ = (10, 20)

for kwdefaults in [{"scale": 5, "offset": 1}, {"offset": 2}, None, {"scale": 1}]:
    kwo.__kwdefaults__ = kwdefaults
    try:
        print(kwo(3, offset=4))
    except TypeError as e:
        print("TypeError:", e)
kwo.__kwdefaults__ = {"scale": 2, "offset": 0}

# Binding errors, repeated at one site so that a plan exists first.
def call_errs(fn, kw):
    try:
        return fn(1, **kw)
    except TypeError as e:
        return "TypeError: " + str(e)


for kw in [{"b": 2}, {"a": 2}, {"d": 3}, {"b": 1, "c": 2}]:
    print(call_errs(f, kw))
for i in range(3):
    try:
        print(f(1, a=2))
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(posonly(1, a=2))
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(kwo(1, scale=1, bogus=2))
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(f(b=1))
    except TypeError as e:
        print("TypeError:", e)


class Point:
    def __init__(self, x, y=0, *, z=0):
        self.x, self.y, self.z = x, y, z

    def moved(self, dx=0, dy=0):
        return Point(self.x + dx, y=self.y + dy, z=self.z)

    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.z})"


p = Point(1, z=5)
for i in range(3):
    p = p.moved(dy=i)
print(p)
try:
    Point(1, w=2)
except TypeError as e:
    print("TypeError:", e)


# A keyword call of a closure, a generator and a function with cells takes
# the general path: results must be the same.
def outer(k):
    def inner(a, b=0):
        return a + b + k
    return inner


g = outer(100)
print([g(i, b=1) for i in range(3)])


def gen(n, step=1):
    yield from range(0, n, step)


print([list(gen(6, step=s)) for s in (1, 2, 3)])


def with_cell(a, b=1):
    return (lambda: a + b)()


print([with_cell(i, b=2) for i in range(3)])


# Deep recursion through keyword calls still raises RecursionError.
def rec(n, acc=0):
    return rec(n + 1, acc=acc)


try:
    rec(0)
except RecursionError as e:
    print("RecursionError:", e)

