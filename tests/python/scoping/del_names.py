a = 1
del a
try:
    a
except NameError as e:
    print(e)
def f():
    x = 1
    def g():
        return x
    del x
    try:
        g()
    except NameError as e:
        print(type(e).__name__, e)
f()
b, c = 1, 2
del b, c
print('b' in dir(), 'c' in dir())
