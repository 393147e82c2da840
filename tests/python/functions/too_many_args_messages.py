def check(fn, *a, **k):
    try:
        fn(*a, **k)
    except TypeError as e:
        print(e)
def f(a):
    pass
check(f, 1, 2)
def g():
    pass
check(g, 1)
def h(a, b=2):
    pass
check(h, 1, 2, 3)
def k(a, *, b):
    pass
check(k, 1, 2, b=3)
check(k, 1, 2)
class C:
    def m(self):
        pass
check(C().m, 1)
check(lambda: 0, 1)
