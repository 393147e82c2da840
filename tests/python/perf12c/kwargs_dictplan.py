# f(*t, **d) binds through a plan kept on the callee's code (keyed by the
# dict's keys in order); **kwargs dicts of planned calls are copied from a
# template. Results, dict order and errors must stay CPython's whatever
# the keys, their order, defaults changing, or a missing argument.


def area(width, height=1, *, scale=1, offset=0):
    return width * height * scale + offset


def forward(*args, **kwargs):
    return area(*args, **kwargs)


def collect(*args, **kwargs):
    return args, kwargs


def g(a, b=2, /, c=3, **kw):
    return a, b, c, kw


def run(f, *a, **k):
    try:
        return f(*a, **k)
    except TypeError as e:
        return "TypeError: %s" % e


for i in range(4):
    print(forward(i, height=2, scale=3), forward(width=i, offset=1), forward(i, 2, offset=i))
    print(forward(**{"scale": 2, "width": 3}), forward(**{"width": 3, "scale": 2}))
    a, k = collect(i, x=1, y=2, z=3, w=4)
    print(a, k, list(k), k.get("z"), "x" in k, len(k))
    k["new"] = 5
    k["x"] = 9
    del k["y"]
    print(k, list(k.items()))
    print(collect(p=1, q=2, r=3, s=4, t=5, u=6))
    print(collect(**{"x": i}), collect(*range(i), **{"x": i, "y": 0}))
    print(run(g, 1, **{"c": 4, "z": 0}), run(g, **{"a": 1}), run(g, 1, 2, **{"b": 5}))

# Errors, named as CPython names them.
print(run(forward, **{"width": 1, "nope": 2}))
print(run(forward, **{"scale": 1}))
print(run(forward, 1, **{"width": 1}))
print(run(forward, 1, 2, 3))
print(run(area, 1, **{"height": 2, "height2": 3}))

# Defaults read at each call, as they may change between calls.
for defs, kwdefs in [(None, {"scale": 7}), ((5,), None), ((5,), {"scale": 2, "offset": 1}), ((5,), {})]:
    area.__defaults__ = defs
    area.__kwdefaults__ = kwdefs
    print(defs, kwdefs, run(forward, **{"width": 3}), run(forward, **{"width": 3, "height": 1}))


# A dict subclass, and keys that are equal but not the same object.
class D(dict):
    pass


print(collect(**D(a=1, b=2)))
name = "".join(["wid", "th"])
area.__defaults__, area.__kwdefaults__ = (1,), {"scale": 1, "offset": 0}
for i in range(3):
    print(forward(**{name: i}), forward(**{"width": i}))


# dataclasses.replace (C(**changes)) and a class's __init__ from a dict.
class P:
    def __init__(self, x, y=0, **rest):
        self.x, self.y, self.rest = x, y, rest


for i in range(3):
    p = P(**{"x": i, "z": 1})
    q = P(i, **{"y": 2, "w": 3, "v": 4})
    print(p.x, p.y, p.rest, q.x, q.y, q.rest, list(q.rest))
print(run(P, **{"y": 1}))
