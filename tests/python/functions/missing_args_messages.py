def check(fn, *a, **k):
    try:
        fn(*a, **k)
    except TypeError as e:
        print(e)
def f(a, b, c):
    pass
check(f)
check(f, 1)
check(f, 1, 2)
def g(a, b=1, *, c, d):
    pass
check(g, 1)
check(g, 1, c=2)
def h(*, k):
    pass
check(h)
class C:
    def m(self, x):
        pass
check(C().m)
check(C.m)
