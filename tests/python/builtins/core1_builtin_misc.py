# type() name/doc checks, namespace order of mapping subclasses, sum() of
# bytearray, vars() through a __dict__ property, module __dir__ with a
# bad __dict__, __hash__ returning an int subclass, builtin __module__.
import collections
import math
import types

for name in ['A\x00B', 'A\udcdcB', b'A']:
    try:
        type(name, (), {})
    except (ValueError, TypeError, UnicodeEncodeError) as e:
        print(type(e).__name__, e)
    A = type('C', (), {})
    try:
        A.__name__ = name
    except (ValueError, TypeError, UnicodeEncodeError) as e:
        print(type(e).__name__, e)
try:
    type('A', (), {'__doc__': 'x\udcdcy'})
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)
A = type('A', (), {})
A.__doc__ = 'x\udcdcy'
print(repr(A.__doc__))

od = collections.OrderedDict([('a', 1), ('b', 2)])
od.move_to_end('a')
print(list(type('C', (), od).__dict__.items())[:2])

for start in [bytearray(b''), b'', '']:
    try:
        sum([], start)
    except TypeError as e:
        print('TypeError', e)


class GetVars:
    def getDict(self):
        return {'a': 2}
    __dict__ = property(fget=getDict)


print(vars(GetVars()), GetVars.__dict__['__dict__'].__class__.__name__)


class BadModule(types.ModuleType):
    __dict__ = 8


try:
    dir(BadModule('m'))
except TypeError as e:
    print('TypeError', e)


class Z(int):
    def __hash__(self):
        return self


print(hash(Z(5)), hash(Z(2**64)), hash(Z(-1)))
print(len.__module__, math.sin.__module__, [].append.__module__, type(len).__dict__['__module__'].__class__.__name__)
