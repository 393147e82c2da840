# Keyword calls whose names the inline cache converts once (cacheEntry.kw):
# the same call site must keep binding the right keywords across many
# calls, different callees, method calls and a deopt after a redefinition.


def f(a, b=2, *, c=3):
    return (a, b, c)


def g(b=0, a=0, c=0, **kw):
    return (a, b, c, sorted(kw.items()))


class K:
    def m(self, x, *, y=1):
        return (x, y)

    @staticmethod
    def s(*, y, x):
        return x - y


def site(fn, i):
    return fn(i, b=i + 1, c=i + 2) if fn is f else fn(a=i, b=i + 1, c=i + 2)


out = []
for i in range(40):
    out.append(site(f, i))
    out.append(site(g, i))
print(out[:4], out[-4:])

k = K()
print([k.m(i, y=i * 2) for i in range(5)])
print([K.s(x=i, y=1) for i in range(5)])


def call_many(fn):
    return [fn(1, c=5) for _ in range(3)]


print(call_many(f))
f = lambda a, c: (c, a)  # noqa: E731 - the site's callee changes
print(call_many(f))

try:
    K.s(x=1, z=2)
except TypeError as e:
    print("TypeError:", e)
print(sorted(dict(a=1, b=2, **{"c": 3}).items()))
print(g(a=1, zz=9, b=2))
