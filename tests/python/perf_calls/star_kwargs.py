# f(*a, **m) passes a and m to CALL_EX without copies: the callee must still
# see a tuple and its own kwargs dict, and errors must read as CPython's.
import collections


def show(*args, **kwargs):
    return args, sorted(kwargs.items())


def area(width, height=1, *, scale=1, offset=0):
    return width * height * scale + offset


def mutate(**kw):
    kw["added"] = 1
    kw.pop("x", None)
    return sorted(kw)


def forward(*args, **kwargs):
    return area(*args, **kwargs)


def report(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)


d = {"x": 1, "y": 2}
print(mutate(**d), d)
print(show(*[1, 2], **d), d)
print(show(*(1, 2), **d))
print(show(*"ab", **{}))
print(forward(3, height=2, scale=3), forward(3), forward(width=2, offset=1))
lst = [1, 2]
print(show(*lst, **d), lst)
t = (5,)
print(show(*t), show(*t, **d))

# The callee's **kwargs is a new dict, never the caller's.
def ident(**kw):
    return kw
e = {"a": 1}
r = ident(**e)
print(r == e, r is e)

# Mappings that are not dicts: keys() and __getitem__ are called.
class M:
    def keys(self):
        print("keys called")
        return ["p", "q"]

    def __getitem__(self, k):
        print("getitem", k)
        return k * 2

print(show(1, **M()))
print(show(*[1], **collections.OrderedDict(z=1, a=2)))

class D(dict):
    def keys(self):
        return ["only"]

print(show(**D(only=1, other=2)))

# Evaluation order: the ** mapping is built before *a is iterated.
def gen():
    print("iterating")
    yield 1

def mapping():
    print("mapping evaluated")
    return {"k": 1}

print(show(*gen(), **mapping()))

# Errors.
report(lambda: area(**{1: 2}))
report(lambda: show(**{1: 2}))
report(lambda: area(1, **{"width": 2}))
report(lambda: area(**{"nope": 2, "width": 1}))
report(lambda: area(**[1]))
report(lambda: area(*1, **{}))
report(lambda: area(*1))
report(lambda: area(*[1], **None))
report(lambda: len(**{"x": 1}))
report(lambda: len(*[[1, 2]], **{}))
report(lambda: dict(**{1: 2}))
report(lambda: dict(*[[("a", 1)]], **{"b": 2}))
report(lambda: area(**{"width": 1}, scale=2))
report(lambda: area(**{"scale": 1}, scale=2))
report(lambda: area(1, **{"scale": 1}, **{"scale": 2}))
report(lambda: area(**{"width": 1, "height": 2, "scale": 3, "offset": 4}))
report(lambda: show(**{"a": 1}.copy()))

class StrSub(str):
    pass

report(lambda: show(**{StrSub("s"): 1}))
report(lambda: area(**{StrSub("width"): 7}))

# Generators and classes called with ** mappings.
def g(*args, **kw):
    yield args
    yield sorted(kw)

print(list(g(*[1, 2], **{"a": 1})))

class C:
    def __init__(self, *args, **kw):
        self.v = (args, sorted(kw))

print(C(*[1], **{"k": 2}).v)
print(C(**d).v, d)

# Methods and builtins.
class K:
    def m(self, *a, **k):
        return a, sorted(k)

k = K()
print(k.m(*[1], **d), K.m(k, *[2], **d))
print(max(*[[3, 1, 2]], **{"key": lambda v: -v}))
print(sorted(*[[3, 1, 2]], **{"reverse": True}))
