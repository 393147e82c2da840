def f(a, *, /):
    pass
