def f(a, b, /, c, *, d=4):
    return a, b, c, d
print(f(1, 2, 3), f(1, 2, c=3, d=5))
try:
    f(1, b=2, c=3)
except TypeError as e:
    print(e)
def g(a, /, **kw):
    return a, kw
print(g(1, a=2))
def h(x, y=2, /, z=3):
    return x, y, z
print(h(1), h(1, 5), h(1, z=0))
