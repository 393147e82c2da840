def g():
    x = yield
    print('x', x)
    y = (yield x) + 1
    print('y', y)
    z = yield
    print('z', z)
it = g()
next(it)
print(it.send('a'))
print(it.send(10))
try:
    it.send('last')
except StopIteration:
    print('done')
def two():
    a = yield 1, 2
    yield a
t = two()
print(next(t), t.send('b'))
def lam():
    f = lambda: (yield 5)
    return list(f())
print(lam())
