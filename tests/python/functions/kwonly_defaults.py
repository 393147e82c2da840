def f(*, a=1, b, c=3):
    return a, b, c
print(f(b=2), f(c=0, b=1, a=9))
print(f.__kwdefaults__)
f.__kwdefaults__ = {'b': 'new'}
try:
    f()
except TypeError as e:
    print(e)
print(f(a=0, c=0))
f.__kwdefaults__ = None
try:
    f()
except TypeError as e:
    print(e)
