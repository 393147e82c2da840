# Module reprs come from importlib's _module_repr (loader and spec say);
# an unnamed module's missing attribute; coroutine origins and the
# docstrings of generator and coroutine methods.
import sys
import types
from types import ModuleType


class BareLoader:
    pass


class FullLoader:
    @classmethod
    def module_repr(cls, m):
        return "<module '{}' (crafted)>".format(m.__name__)


m = ModuleType('foo')
print(repr(m))
m.__loader__ = BareLoader
print(repr(m))
m.__loader__ = FullLoader
print(repr(m))
m.__file__ = '/tmp/foo.py'
print(repr(m))
del m.__name__
print(repr(m))
print(repr(sys), repr(types.ModuleType('x')))
foo = ModuleType.__new__(ModuleType)
try:
    foo.not_here
except AttributeError as e:
    print(e)
try:
    ModuleType('bar').not_here
except AttributeError as e:
    print(e)

for t in (types.CoroutineType, types.GeneratorType):
    for n in ('send', 'throw', 'close'):
        print(repr(getattr(t, n).__doc__))
    for n in ('__name__', '__qualname__'):
        print(repr(t.__dict__[n].__doc__))
print(repr(types.CoroutineType.__await__.__doc__))


async def corofn():
    pass


def nested():
    return corofn()


sys.set_coroutine_origin_tracking_depth(2)
c = nested()
print([(f.rsplit('/', 1)[-1], line, name) for f, line, name in c.cr_origin])
c.close()
sys.set_coroutine_origin_tracking_depth(0)
c = corofn()
print(c.cr_origin)
c.close()
