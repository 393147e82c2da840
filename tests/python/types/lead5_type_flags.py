import types, abc, collections, inspect, copyreg
class A: pass
class C(A): pass
class S: __slots__=('x',)
class E(Exception): pass
class I(int): pass
class T(tuple): pass
class M(type): pass
class D(dict): pass
class Ab(abc.ABC):
  @abc.abstractmethod
  def f(self): pass
mask = ~(1 << 19)  # Py_TPFLAGS_VALID_VERSION_TAG comes and goes with use
for t in [A,C,S,E,I,T,M,D,Ab,object,types.FunctionType,float,complex,bool,bytes,bytearray,set,frozenset,range,slice,type(None),Exception,ValueError,types.ModuleType,property,staticmethod,collections.deque,type(iter([])),memoryview,types.GeneratorType, type(len), type(str.join), types.MethodType, list, dict, tuple, str, int, type]:
  print(t.__name__, hex(t.__flags__ & mask))
print(inspect.isabstract(Ab), inspect.isabstract(A), inspect.isabstract(int))
try:
    class Both(collections.abc.Collection):
        __abc_tpflags__ = (collections.abc.Sequence.__flags__ | collections.abc.Mapping.__flags__)
except TypeError as e:
    print("TypeError", e)
class Seq(collections.abc.Sequence):
    def __len__(self): return 2
    def __getitem__(self, i): return [1, 2][i]
match Seq():
    case [a, b]: print("seq", a, b)
print(bool(Seq.__flags__ & (1 << 5)), bool(D.__flags__ & (1 << 6)))
print(copyreg._reduce_ex(A(), 1)[0] is copyreg._reconstructor)
# Types CPython gives no constructor refuse to be called.
import types, sys
def agen():
    yield
async def co(): pass
c = co()
samples = [len, str.join, int.__add__, (1).__add__, types.FunctionType.__code__, types.FunctionType.__globals__,
           agen(), c, sys._getframe(), int | str, dict.fromkeys, iter([]), iter({}), {}.keys()]
c.close()
for s in samples:
    t = type(s)
    try:
        t()
        print(t.__name__, "created")
    except TypeError as e:
        print(e)
for args in [(), tuple(range(15)), tuple(range(19))]:
    try:
        types.CodeType(*args)
    except TypeError as e:
        print(e)
