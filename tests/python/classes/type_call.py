T = type('T', (), {'x': 1, 'f': lambda self: self.x + 1})
print(T.__name__, T().f(), T.__bases__)
U = type('U', (T,), {})
print(U().f(), U.__mro__[1] is T)
print(type(5) is int, type('') is str)
try:
    type('A', 1, {})
except TypeError as e:
    print(e)
try:
    type('A', (), {}, 1)
except TypeError as e:
    print(e)
try:
    type()
except TypeError as e:
    print(e)
