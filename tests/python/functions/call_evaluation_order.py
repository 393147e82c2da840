log = []
def v(x):
    log.append(x)
    return x
def f(*a, **k):
    return a, k
print(f(v(1), v(2), k=v(3), *[v(4)], **{'z': v(5)}))
print(log)
log.clear()
v(f)(v('a'), b=v('b'))
print([getattr(x, '__name__', x) for x in log])
