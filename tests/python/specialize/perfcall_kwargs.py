# Keyword arguments bound straight into a Python function's registers:
# CALL_KW, f(*args, **kwargs) binding from the dict, **kwargs collection,
# defaults, keyword-only parameters and CPython's binding errors.
import traceback
import sys


def area(width, height=1, *, scale=1, offset=0):
    return width * height * scale + offset


def collect(*args, **kwargs):
    return (args, sorted(kwargs.items()))


def forward(*args, **kwargs):
    return area(*args, **kwargs)


def forward_collect(*args, **kwargs):
    return collect(*args, **kwargs)


def posonly(a, b, /, c, *, d=4):
    return (a, b, c, d)


def posonly_kw(a, /, **kw):
    return (a, sorted(kw.items()))


def cells(x, y=2, **kw):
    def inner():
        return x + y + len(kw)
    return inner()


def gen(a, b=1, **kw):
    yield a
    yield b
    yield sorted(kw)


class K(dict):
    pass


class StrSub(str):
    pass


def run():
    t = 0
    for i in range(300):
        t += area(i, 2) + area(width=i, height=3, scale=2) + area(i, offset=1)
        t += forward(i, height=2, scale=3) + forward(width=i)
        r = forward_collect(i, i, x=1, y=2)
        r2 = collect(**{"a": 1}, b=2)
        t += cells(i, z=1) + cells(x=i, y=i)
    print(t, r, r2)
    print(list(gen(1, c=3, d=4)), list(gen(*(1,), **{"b": 5, "e": 6})))
    print(posonly(1, 2, 3), posonly(1, 2, c=3, d=5), posonly(*[1, 2], **{"c": 9}))
    print(posonly_kw(1, a=2), posonly_kw(*(1,), **{"a": 3, "b": 4}))
    kw = {"height": 2}
    for i in range(3):
        print(area(1, **kw), area(**{"width": 3, "scale": 3}), forward(**K(width=2)))
        print(area(*[2], **{StrSub("height"): 5}))
    d = {"scale": 2, "offset": 1}
    print(area(4, **d), d)


run()


def errors():
    cases = [
        lambda: area(),
        lambda: area(1, 2, 3),
        lambda: area(1, 2, 3, scale=2),
        lambda: area(1, bogus=2),
        lambda: area(1, width=2),
        lambda: area(*(1,), **{"width": 2}),
        lambda: area(*(1,), **{"bogus": 2}),
        lambda: area(**{"height": 2}),
        lambda: area(*(1, 2, 3), **{"scale": 1, "offset": 2}),
        lambda: forward(1, 2, 3),
        lambda: forward(width=1, wdth=2),
        lambda: posonly(1, 2, 3, a=1),
        lambda: posonly(a=1, b=2, c=3),
        lambda: posonly(*(1,), **{"b": 2, "c": 3}),
        lambda: posonly(1, 2),
        lambda: collect(**{"a": 1}, a=2),
        lambda: collect(a=1, **{"a": 2}),
        lambda: collect(**{1: 2}),
        lambda: area(*(1,), **{"height": 1}, height=2),
        lambda: cells(**{"y": 1}),
        lambda: gen(b=1),
        lambda: area(1, **[1]),
        lambda: area(*1),
    ]
    for c in cases:
        for i in range(3):
            try:
                c()
            except TypeError as e:
                msg = str(e)
        print(msg)


errors()
try:
    forward(1, 2, 3)
except TypeError:
    traceback.print_exc(file=sys.stdout)
