import sys
print(sys.exc_info())
try:
    raise KeyError('k')
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), type(tb).__name__, sys.exception() is v if hasattr(sys, 'exception') else 'n/a')
    try:
        raise ValueError
    except ValueError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
def g():
    return sys.exc_info()[0]
try:
    1 / 0
except ZeroDivisionError:
    print(g().__name__)
print(g())
