# Argument-binding errors in CPython's order (keywords before too many
# positionals) and the callable's name in */** errors.
def f(a):
    pass


def g(a, /, b):
    pass


def h(a, **kw):
    return kw


k = lambda a, *, b: 0
cases = [(f, (1, 2), {'x': 3}), (f, (1, 2), {'a': 3}), (f, (), {'x': 1}), (f, (1,), {'a': 2}),
         (f, (1, 2), {}), (k, (1, 2), {'x': 3}), (k, (1, 2), {'b': 3}), (g, (1, 2, 3), {'a': 1}),
         (g, (1, 2, 3), {'b': 1}), (h, (1, 2), {'z': 1}), (h, (1,), {'z': 1})]
for fn, args, kw in cases:
    try:
        print(fn(*args, **kw))
    except TypeError as e:
        print(e)


class C:
    def __call__(self, *a):
        pass


class Q:
    __qualname__ = 5

    def __call__(self, *a):
        pass


for fn in [None, 3, len, print, f, C.__call__, Q()]:
    for call in [lambda: fn(*1), lambda: fn(**1)]:
        try:
            call()
        except TypeError as e:
            print(e)
