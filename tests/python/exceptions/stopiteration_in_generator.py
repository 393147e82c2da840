def g():
    yield 1
    raise StopIteration('inside')
try:
    list(g())
except RuntimeError as e:
    print(e, '| cause:', repr(e.__cause__))
def h():
    yield next(iter([]))
try:
    next(h())
except RuntimeError as e:
    print(e)
def ok():
    return
    yield
print(list(ok()))
