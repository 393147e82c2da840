import abc
class Sized(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if any('__len__' in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented
class Has:
    def __len__(self): return 0
class Not:
    pass
print(issubclass(Has, Sized), issubclass(Not, Sized), isinstance([], Sized))
class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...
try:
    Base()
except TypeError as e:
    print(e)
class Impl(Base):
    def run(self): return 'ran'
print(Impl().run())
Base.register(int)
print(issubclass(int, Base), isinstance(3, Base))
