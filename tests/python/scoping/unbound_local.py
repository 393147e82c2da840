x = 10
def f():
    print(x)
    x = 5
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)
    print(isinstance(e, NameError))
def g():
    del y
    y = 1
try:
    g()
except NameError as e:
    print(type(e).__name__, e)
def h():
    z = 1
    del z
    return z
try:
    h()
except UnboundLocalError as e:
    print(e)
