def make():
    v = 0
    def get(): return v
    def set_(n):
        nonlocal v
        v = n
    return get, set_
g, s = make()
s(5)
print(g())
s('x')
print(g(), g.__closure__[0] is s.__closure__[0])
def loop_cells():
    fs = []
    for i in range(3):
        def f(): return i
        fs.append(f)
    return fs
fs = loop_cells()
print([f() for f in fs], len({id(f.__closure__[0]) for f in fs}))
