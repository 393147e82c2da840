def f():
    v = 'enclosing'
    class C:
        w = v
        def m(self):
            return v
    return C
C = f()
print(C.w, C().m())
def g():
    v = 'enc'
    class C:
        v = 'cls'
        def m(self):
            return v
    return C().m(), C.v
print(g())
def h():
    y = 1
    class C:
        nonlocal y
        y = 2
    return y
print(h())
