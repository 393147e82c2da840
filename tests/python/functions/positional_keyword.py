def f(a, b, c=3):
    return (a, b, c)
print(f(1, 2), f(1, 2, 4), f(a=1, b=2), f(1, c=5, b=0))
print(f(*[1, 2]), f(**{'a': 1, 'b': 2, 'c': 3}), f(1, *(2,), **{'c': 9}))
