def f():
    try:
        raise ValueError('v')
    except ValueError:
        try:
            raise TypeError('t')
        finally:
            print('inner finally, exc is', repr(__import__('sys').exc_info()[1]))
try:
    f()
except TypeError as e:
    print(repr(e), repr(e.__context__))
def g():
    try:
        return 1
    finally:
        try:
            raise KeyError
        except KeyError:
            pass
print(g())
