def f(a, b=1, c=2):
    return a, b, c
print(f(0))
f.__defaults__ = (10, 20)
print(f(0))
f.__defaults__ = (5,)
print(f(0, 1))
f.__defaults__ = None
try:
    f(0)
except TypeError as e:
    print(e)
try:
    f.__defaults__ = [1]
except TypeError as e:
    print(e)
