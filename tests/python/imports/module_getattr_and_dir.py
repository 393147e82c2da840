import _lazy
print(_lazy.real, _lazy.computed_value, _lazy.another)
try:
    _lazy.missing_thing
except AttributeError as e:
    print(e)
print(dir(_lazy))
from _lazy import computed_value as cv
print(cv)
