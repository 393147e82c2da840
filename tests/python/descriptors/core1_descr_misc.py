# isinstance through __class__/__bases__, property doc and messages,
# classmethod/staticmethod attributes, setattr hack check, wrong-class
# slot wrappers, subclassed super, metaclass mro() edge cases.
class C:
    pass


class Proxy:
    def __init__(self, obj):
        self._obj = obj

    def __getattribute__(self, name):
        if name.startswith('_'):
            return object.__getattribute__(self, name)
        return getattr(self._obj, name)

    @property
    def __class__(self):
        return type(self._obj)


p = Proxy(C())
print(isinstance(p, C), isinstance(p, (int, C)), isinstance(p, Proxy), type(p) is Proxy)


class AbstractClass:
    def __init__(self, bases):
        self.bases = bases

    def getbases(self):
        return self.bases
    __bases__ = property(getbases)

    def __call__(self):
        return AbstractInstance(self)


class AbstractInstance:
    def __init__(self, klass):
        self.klass = klass

    def getclass(self):
        return self.klass
    __class__ = property(getclass)


AbstractSuper = AbstractClass(bases=())
AbstractChild = AbstractClass(bases=(AbstractSuper,))
print(issubclass(AbstractChild, AbstractSuper), issubclass(AbstractSuper, AbstractChild))
print(isinstance(AbstractChild(), AbstractSuper), isinstance(AbstractSuper(), AbstractChild))
for args in [(1, 1), (int, 1), (1, int)]:
    try:
        print(issubclass(*args))
    except TypeError as e:
        print('TypeError', e)
try:
    isinstance(1, 1)
except TypeError as e:
    print('TypeError', e)


class B:
    def f(self):
        return 'B.f'


class D(B):
    def f(self):
        return super(D, self).f() + '->D.f'


print(D.__dict__['f'](Proxy(D())))


class mysuper(super):
    def __init__(self, *args):
        super(mysuper, self).__init__(*args)


class E(D):
    def f(self):
        s = self.__super
        return type(s).__name__ + ':' + s.f()


E._E__super = mysuper(E)
print(E().f())


def getter(self):
    "getter doc"
    return 1


class PropSub(property):
    "subclass doc"


class Slotted(property):
    __slots__ = ()


print(property(getter).__doc__, PropSub(getter).__doc__, PropSub(doc='x').__doc__)
print(property(getter).getter(lambda s: 2).__doc__, property(getter, doc='d').getter(lambda s: 2).__doc__)
print(type(PropSub(getter).setter(None)).__name__)
try:
    class K:
        @Slotted
        def spam(self):
            "doc"
except AttributeError as e:
    print('AttributeError', e)


class H:
    nothing = property()
    named = property(getter)


H.anon = property()
h = H()
for f in (lambda: h.nothing, lambda: setattr(h, 'named', 1), lambda: delattr(h, 'named'),
          lambda: h.anon, lambda: setattr(h, 'anon', 1), lambda: delattr(h, 'anon')):
    try:
        f()
    except AttributeError as e:
        print('AttributeError', e)
for attr in ('fget', 'fset', 'fdel', '__doc__'):
    try:
        setattr(H.named, attr, None)
        print(attr, 'set')
    except AttributeError as e:
        print('AttributeError', e)
try:
    H.named.__set_name__()
except TypeError as e:
    print('TypeError', e)

cm = classmethod(getter)
print(sorted(cm.__dict__.items(), key=str), cm.__name__)
sm = staticmethod(None)
sm.x = 1
print(sm.__dict__)

for args in [(str, 'foo', 1), (C(), 'foo', 1)]:
    try:
        object.__setattr__(*args)
        print('set')
    except TypeError as e:
        print('TypeError', e)
try:
    object.__delattr__(str, 'lower')
except TypeError as e:
    print('TypeError', e)


class WrongWrapper(int):
    __eq__ = str.__eq__
    __add__ = str.__add__


w = WrongWrapper()
for f in (lambda: w == w, lambda: w + w):
    try:
        f()
    except TypeError as e:
        print('TypeError', e)


class Meta(type):
    def mro(cls):
        return (object,)


try:
    class Lost(metaclass=Meta):
        pass
except TypeError as e:
    print('TypeError', e)


class Empty(type):
    def mro(cls):
        return []


try:
    class Nothing(metaclass=Empty):
        pass
except TypeError as e:
    print('TypeError', e)


class PowI(int):
    def __pow__(self, other, mod=None):
        return ('pow', other, mod)


print(pow(PowI(2), 3, 5), pow(2, PowI(3), 5), PowI(2) ** 3)
