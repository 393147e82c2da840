# __bases__ and __class__ assignment, metaclass mro() overrides, slot order.
class C:
    pass


class C2:
    def meth(self):
        return 1


class D(C):
    pass


class E(D):
    pass


e = E()
D.__bases__ = (C2,)
print(e.meth(), E.__mro__[1:], C2.__subclasses__(), C.__subclasses__())
for bad in [(), (D,), (E,), (C, C), [C], (1,), (list,)]:
    try:
        D.__bases__ = bad
    except TypeError as ex:
        print('TypeError', ex)
try:
    del D.__bases__
except TypeError as ex:
    print('TypeError', ex)
try:
    list.__bases__ = (object,)
except TypeError as ex:
    print('TypeError', ex)


class Perverse(type):
    def mro(cls):
        return list(reversed(type.mro(cls)))


class A:
    def f(self):
        return 'A'


class B(A):
    def f(self):
        return 'B'


class X(B, A, metaclass=Perverse):
    pass


print([k.__name__ for k in X.__mro__], X().f(), X.mro())

for ret in ([1], 1, lambda self: [self, dict, object]):
    class Meta(type):
        def mro(self, ret=ret):
            return ret(self) if callable(ret) else ret
    try:
        class Y(metaclass=Meta):
            pass
    except TypeError as ex:
        print('TypeError', ex)


class G:
    __slots__ = ['a', 'b']


class H:
    __slots__ = ['b', 'a']


class J:
    __slots__ = ['c', 'b']


class N(J):
    __slots__ = ['__weakref__']


class P(J):
    __slots__ = ['__dict__']


print(list(H.__dict__)[:4])
x = G()
x.a, x.b = 1, 2
x.__class__ = H
print(type(x).__name__, x.a, x.b)
for src, dst in [(G, J), (J, N), (J, P), (N, P), (G, list), (G, object)]:
    try:
        src().__class__ = dst
        print('ok')
    except TypeError as ex:
        print('TypeError', ex)
try:
    (1).__class__ = type('MyInt', (int,), {'__slots__': ()})
except TypeError as ex:
    print('TypeError', ex)


class L(list):
    pass


class M(list):
    pass


l = L([1, 2])
l.x = 5
l.__class__ = M
print(type(l).__name__, l, l.x)

import types


class Sub(types.ModuleType):
    a = 1


m = types.ModuleType('m')
m.__class__ = Sub
print(m.a)
m.__class__ = types.ModuleType
print(hasattr(m, 'a'))


def fn():
    pass


for n in ('__globals__', '__closure__', '__doc__', '__code__'):
    print(n, type(type(fn).__dict__[n]).__name__)
try:
    fn.__globals__ = {}
except AttributeError as ex:
    print('AttributeError', ex)


class DictBase:
    pass


class Meta2(DictBase, type):
    pass


class WithMeta(object, metaclass=Meta2):
    pass


for target in (WithMeta, type('Mod', (types.ModuleType, DictBase), {})('spam')):
    try:
        DictBase.__dict__['__dict__'].__set__(target, {})
    except (AttributeError, TypeError) as ex:
        print(type(ex).__name__, ex)
print(type(WithMeta.__dict__).__name__)
