def f(*args, **kwargs):
    return args, kwargs
print(f())
print(f(1, 2, k=3))
print(f(*range(3), *'ab', **{'x': 1}, **{'y': 2}))
def g(a, *args, b, **kw):
    return a, args, b, kw
print(g(1, 2, 3, b=4, c=5))
def h(first, *rest):
    return type(rest).__name__, rest
print(h(1), h(1, 2))
