def deco(fn):
    def wrapper(*a, **k):
        return 'wrapped(' + str(fn(*a, **k)) + ')'
    return wrapper
def param(tag):
    def d(fn):
        fn.tag = tag
        return fn
    return d
@deco
@param('t1')
def f(x):
    return x * 2
print(f(3), f.__name__)
order = []
def trace(name):
    order.append('make ' + name)
    def d(fn):
        order.append('apply ' + name)
        return fn
    return d
@trace('a')
@trace('b')
def g():
    pass
print(order)
@(lambda fn: fn.__name__.upper())
def lowered():
    pass
print(lowered)
class C:
    @staticmethod
    @deco
    def s():
        return 1
print(C.s())
