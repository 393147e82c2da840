# f(*args, **kwargs) of a Python function pushes its frame in the loop:
# binding errors, generators, **mappings, the callee's own kwargs dict,
# tracebacks through the call and recursion limits must match CPython.
import sys
import traceback

def area(width, height=1, *, scale=1, offset=0):
    return (width, height, scale, offset)

def collect(*args, **kwargs):
    kwargs["added"] = True
    return args, sorted(kwargs.items())

def gen(*args, **kw):
    yield from args
    yield sorted(kw)

def fwd(*args, **kwargs):
    return area(*args, **kwargs)

print(fwd(1, height=2, scale=3))
print(fwd(*[4], **{"offset": 9}))
d = {"x": 1}
print(collect(*(1, 2), **d), d)
print(list(gen(*range(3), **{"a": 1, "b": 2})))
print(area(*iter([7, 8])))

class Mapping:
    def keys(self):
        return ["height", "scale"]
    def __getitem__(self, k):
        return len(k)
print(area(1, **Mapping()))

for args, kw in [((1,), {"width": 2}), ((), {}), ((1, 2, 3), {}), ((1,), {"nope": 1}), ((1,), {"scale": 1, "offset": 2, "height": 3, "width": 4})]:
    try:
        print(area(*args, **kw))
    except TypeError as e:
        print("TypeError", e)
try:
    area(*5)
except TypeError as e:
    print("TypeError", e)
try:
    area(1, **{1: 2})
except TypeError as e:
    print("TypeError", e)
try:
    area(1, **[1])
except TypeError as e:
    print("TypeError", e)

def boom(*a, **k):
    return 1 / 0
def outer():
    return boom(*(1,), **{"k": 2})
try:
    outer()
except ZeroDivisionError:
    lines = traceback.format_exc().splitlines()
    print([l.strip() for l in lines if l.strip().startswith("return")])

def deep(n, **kw):
    return deep(*(n + 1,), **kw)
sys.setrecursionlimit(200)
try:
    deep(0, a=1)
except RecursionError as e:
    print("RecursionError")

class C:
    def m(self, *a, **k):
        return self, a, k
c = C()
print(C.m(*(c, 1), **{"z": 2})[1:])
print(c.m(*(1,), **{"z": 2})[1:])
