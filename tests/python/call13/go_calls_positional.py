# Python functions called from Go code with positional arguments that do
# not match the parameters exactly: defaults, *args, **kwargs, keyword-only
# parameters, and the errors of calls that cannot bind; __init__ and
# __call__ of classes called from Go.
import functools


def key_default(x, scale=2):
    return -x * scale


def key_star(x, *rest):
    return (len(rest), -x)


def key_kw(x, **kw):
    kw["x"] = x
    return sorted(kw.items())


def key_kwonly(x, *, k=3):
    return x % k


def key_kwonly_req(x, *, k):
    return x % k


def two(x, y):
    return x + y


def with_cell(x, y=1):
    def add():
        return x + y
    return add()


data = [3, 1, 4, 1, 5, 9, 2, 6]
print(sorted(data, key=key_default))
print(sorted(data, key=key_star))
print(sorted(data, key=key_kw))
print(sorted(data, key=key_kwonly))
print(list(map(key_default, data)))
print(list(map(key_default, data, [10] * 8)))
print(list(map(with_cell, data)), list(map(with_cell, data, data)))
print(list(filter(key_kwonly, data)))
print(max(data, key=key_default), min(data, key=key_star))

# Defaults are read at each call from Go.
for d in [(1,), (5,), None]:
    key_default.__defaults__ = d
    try:
        print(list(map(key_default, [1, 2])))
    except TypeError as e:
        print("TypeError:", e)
key_default.__defaults__ = (2,)

for fn, args in [(key_kwonly_req, [1]), (two, [1]), (two, [1, 2, 3]), (key_kwonly, [1, 2])]:
    try:
        print(list(map(fn, *[[a] for a in args])))
    except TypeError as e:
        print("TypeError:", e)
try:
    sorted(data, key=two)
except TypeError as e:
    print("TypeError:", e)

# A partial's target, called from Go with the partial's arguments first.
p = functools.partial(key_default, scale=-1)
print(sorted(data, key=p))
p2 = functools.partial(two, 100)
print(list(map(p2, data)))


# __init__ and __call__ reached through type calls and instance calls
# made by Go code (map, sorted's key).
class Point:
    def __init__(self, x, y=0, *extra):
        self.x, self.y, self.extra = x, y, extra

    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.extra})"

    def __call__(self, v, w=10):
        return self.x * v + w


print(list(map(Point, [1, 2])))
print(list(map(Point, [1, 2], [3, 4], [5, 6])))
pt = Point(3)
print(list(map(pt, [1, 2])), sorted(data, key=pt))
try:
    list(map(Point, []))
    Point()
except TypeError as e:
    print("TypeError:", e)


class Strict:
    def __init__(self, a, *, b):
        self.a, self.b = a, b


try:
    list(map(Strict, [1]))
except TypeError as e:
    print("TypeError:", e)

# Many argument counts for one function called from Go.
def count(*a, sep=0):
    return len(a) + sep
for n in range(1, 12):
    print(n, list(map(count, *[[i] for i in range(n)])))
