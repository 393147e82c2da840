def g():
    yield 1
    return 'done'
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print(repr(e.value), e.args)
def h():
    return (yield 'x')
it = h()
next(it)
try:
    it.send(42)
except StopIteration as e:
    print(e.value)
def t():
    return (1, 2)
    yield
try:
    next(t())
except StopIteration as e:
    print(e.value, e.args)
def s():
    return StopIteration('nested')
    yield
try:
    next(s())
except StopIteration as e:
    print(repr(e.value))
