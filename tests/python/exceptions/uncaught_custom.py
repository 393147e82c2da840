class MyError(Exception):
    pass
def f():
    raise MyError('custom message', 42)
print('start')
f()
