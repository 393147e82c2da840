def f():
    return 'f'
def g():
    return 'g'
f.__code__ = g.__code__
print(f(), f.__name__)
def h(a):
    return a * 2
try:
    def k():
        v = 1
        def inner():
            return v
        return inner
    clo = k()
    clo.__code__ = h.__code__
except ValueError as e:
    print(e)
print(h.__code__.co_consts[:2], h.__code__.co_name)
code = h.__code__.replace(co_name='renamed')
print(code.co_name, h.__code__.co_name)
