# _abc imported directly, driven by a metaclass written as abc.py's
# ABCMeta is: abstract methods, register, isinstance/issubclass with the
# caches and their invalidation, __subclasshook__, and the error paths.
import _abc

def abstractmethod(f):
    f.__isabstractmethod__ = True
    return f

class Meta(type):
    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        _abc._abc_init(cls)
        return cls
    def register(cls, subclass):
        return _abc._abc_register(cls, subclass)
    def __instancecheck__(cls, instance):
        return _abc._abc_instancecheck(cls, instance)
    def __subclasscheck__(cls, subclass):
        return _abc._abc_subclasscheck(cls, subclass)

class Base(metaclass=Meta):
    @abstractmethod
    def f(self): pass
    @abstractmethod
    def g(self): pass
    def h(self): pass

def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)

print(sorted(Base.__abstractmethods__), type(Base._abc_impl).__name__)
print(Base.__abstractmethods__ and 'abstract')  # instantiating: the runtime quotes the names as 3.12 does
class Half(Base):
    def f(self): return 'f'
print(sorted(Half.__abstractmethods__))
class Full(Half):
    def g(self): return 'g'
print(sorted(Full.__abstractmethods__), Full().f(), Full().g())
class Again(Full):
    @abstractmethod
    def g(self): pass
print(sorted(Again.__abstractmethods__))

print(isinstance(Full(), Base), issubclass(Full, Base), issubclass(int, Base), isinstance(3, Base))
tok = _abc.get_cache_token()
print(Base.register(int) is int, isinstance(3, Base), issubclass(bool, Base), _abc.get_cache_token() - tok)
print(Base.register(int) is int, _abc.get_cache_token() - tok)
class Other: pass
Half.register(Other)
print(issubclass(Other, Base), issubclass(Other, Half), issubclass(Other, Full), isinstance(Other(), Base))
err(lambda: Base.register(3))
err(lambda: Full.register(Base))
err(lambda: issubclass(3, Base))
reg, cache, neg, ver = _abc._get_dump(Base)
print(len(reg), len(cache), ver == _abc.get_cache_token() or ver)

class Hooked(metaclass=Meta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hooked:
            if any('quack' in B.__dict__ for B in C.__mro__):
                return True
            if any('nope' in B.__dict__ for B in C.__mro__):
                return False
        return NotImplemented
class Duck:
    def quack(self): pass
class NotDuck:
    nope = 1
print(issubclass(Duck, Hooked), isinstance(Duck(), Hooked), issubclass(NotDuck, Hooked), issubclass(object, Hooked))
class Sub(Hooked): pass
print(issubclass(Duck, Sub), issubclass(Sub, Hooked))

class Bad(metaclass=Meta):
    @classmethod
    def __subclasshook__(cls, C):
        return 42
err(lambda: issubclass(int, Bad))

class Counting(metaclass=Meta):
    calls = 0
    @classmethod
    def __subclasshook__(cls, C):
        Counting.calls += 1
        return NotImplemented
issubclass(str, Counting); issubclass(str, Counting)
print(Counting.calls)
Counting.register(bytes)
issubclass(str, Counting)
print(Counting.calls)
_abc._reset_caches(Counting)
issubclass(str, Counting)
print(Counting.calls, issubclass(bytes, Counting))
_abc._reset_registry(Counting)
_abc._reset_caches(Counting)
print(issubclass(bytes, Counting))

class Fake:
    _abc_impl = 1
err(lambda: _abc._abc_subclasscheck(Fake, int))
err(lambda: _abc._abc_instancecheck(Fake, 1))
err(lambda: _abc._get_dump(Fake))
err(lambda: _abc._abc_init(3))

class Lying:
    __class__ = int
class L(metaclass=Meta): pass
L.register(int)
print(isinstance(Lying(), L))

class WithFlags(metaclass=Meta):
    __abc_tpflags__ = 1 << 5
print('__abc_tpflags__' in WithFlags.__dict__)
class Desc:
    __isabstractmethod__ = True
class WithDesc(metaclass=Meta):
    d = Desc()
print(sorted(WithDesc.__abstractmethods__))
