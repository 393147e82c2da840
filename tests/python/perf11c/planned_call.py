# Calls bound in place through a call site's plan: keywords, defaults,
# keyword-only defaults, cells made from arguments, errors afterwards.
import sys


def area(width, height=1, *, scale=1, offset=0):
    return width * height * scale + offset


def options(a, b=2, c=3, d=4, e=5):
    return (a, b, c, d, e)


class Shape:
    def describe(self, prefix="", suffix="", sep=" "):
        return prefix + suffix + sep


def run():
    out = []
    s = Shape()
    for i in range(4):
        out.append((area(width=i, height=3, scale=2), area(i, offset=1), area(i),
                    options(i, d=1), options(a=i, e=0, b=1), options(i),
                    s.describe(prefix="<", sep=", "), s.describe()))
    return out


for row in run():
    print(row)

# Defaults changed after the sites cached their plans: read at each call.
options.__defaults__ = (20, 30, 40, 50)
area.__kwdefaults__ = {"scale": 10, "offset": 5}
print(run()[1])
# A missing default now: the general binder's error.
options.__defaults__ = (1,)
try:
    run()
except TypeError as e:
    print("TypeError", e)
area.__kwdefaults__ = {"scale": 1}
options.__defaults__ = (2, 3, 4, 5)
try:
    run()
except TypeError as e:
    print("TypeError", e)
area.__kwdefaults__ = None
try:
    run()
except TypeError as e:
    print("TypeError", e)


def cells(a, b=5, *, c=7):
    def inner():
        return a + b + c
    b += 1
    return inner


def call_cells():
    return [cells(i, c=i)() for i in range(3)] + [cells(1)(), cells(1, b=0)()]


print(call_cells())


# Keyword errors at a site that also succeeded.
def kw_site(**kw):
    return options(**kw) if False else options(1, **kw)


for kw in ({"b": 9}, {"zz": 1}, {"a": 2}):
    try:
        print(kw_site(**kw))
    except TypeError as e:
        print("TypeError", e)


def f(x, y=2):
    return x, y


def site(k):
    return f(k, y=k) if k != 3 else f(k, y=k, z=1)


for k in range(5):
    try:
        print(site(k))
    except TypeError as e:
        print("TypeError", e)


# Recursion through planned calls stops at the limit.
def rec(n, step=1, *, acc=0):
    return rec(n + step, step=step, acc=acc + 1)


sys.setrecursionlimit(200)
try:
    rec(0, step=1)
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(1000)


# A generator function with keywords is not bound in place.
def gen(a, b=1, *, c=2):
    yield a + b + c


print([next(gen(i, c=i)) for i in range(3)])


# *args and **kwargs collected at sites bound in place.
def collect(a, *args, b=1, **kw):
    return a, args, b, sorted(kw.items())


def var_sites():
    out = []
    for i in range(3):
        out.append(collect(i))
        out.append(collect(i, i + 1, i + 2))
        out.append(collect(i, x=i, b=5))
        out.append(collect(i, 7, y=1, z=2))
    return out


for row in var_sites():
    print(row)
collect.__kwdefaults__ = None
try:
    var_sites()
except TypeError as e:
    print("TypeError", e)


def need(a, b, *rest):
    return a, b, rest


def need_site(*xs):
    return need(*xs) if len(xs) > 3 else need(xs[0], *xs[1:])


for xs in ((1, 2), (1, 2, 3), (1,), (1, 2, 3, 4, 5)):
    try:
        print(need_site(*xs))
    except TypeError as e:
        print("TypeError", e)


def kwonly_site(i):
    return need(i) if i == 2 else need(i, i)


for i in range(4):
    try:
        print(kwonly_site(i))
    except TypeError as e:
        print("TypeError", e)
