o = object()
try:
    o.x = 1
except AttributeError as e:
    print(e)
try:
    object(1)
except TypeError as e:
    print(e)
print(type(o).__name__, object.__name__, object.__doc__[:30])
