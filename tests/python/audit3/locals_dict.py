def f():
    a = 1
    l = locals()
    b = 2
    print(l, locals() is l, l)
    exec("c = 3")
    print(sorted(locals()))
    del a
    print(sorted(locals()), sorted(l))
f()
def g():
    x = 1
    l = locals(); l["x"] = 99
    return x
print(g())
def h():
    return [sorted(locals()) for i in range(1)]
print(h())
def gen():
    q = 1
    yield locals()
    q = 2
    yield locals()
it = gen(); a = next(it); b = next(it); print(a is b, a, b)
