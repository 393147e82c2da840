# dir() of an object whose __class__ slot is unset lists only its __dict__;
# dir() of a traceback lists its four attributes; a __dir__ defined by a
# builtin type is honoured.
class Foo(object):
    __slots__ = ["__class__", "__dict__"]
    def __init__(self):
        self.bar = "wow"

f = Foo()
print(dir(f))
print(sorted(f.__dir__()))

class Bar:
    __slots__ = []
print("__repr__" in dir(Bar()))

try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
print(dir(tb), tb.__dir__())
print(len(dir(int)) == len(set(dir(int))), "real" in dir(1), "mro" in dir(int))
import sys
print("path" in dir(sys))
