def check(fn, *a, **k):
    try:
        fn(*a, **k)
    except TypeError as e:
        print(e)
def f(a, b=1):
    pass
check(f, 1, c=2)
check(f, 1, a=2)
check(f, b=2)
check(f, 1, **{'a': 1})
def g(a, /, b):
    pass
check(g, a=1, b=2)
check(g, 1, 2, a=3)
check(lambda: f(1, **{1: 2}))
def h(**kw):
    return kw
print(h(**{'x': 1}, y=2))
check(lambda: h(**{'x': 1}, x=2))
check(lambda: f(*1))
check(lambda: f(**1))
check(lambda: f(**{'a': 1}, **{'a': 2}))
