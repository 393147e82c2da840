# ABC creation asks every class attribute for __isabstractmethod__: missing
# on most, a property on some, raising on others.
import abc
import functools


class Weird:
    @property
    def __isabstractmethod__(self):
        raise AttributeError("weird")


class Bad:
    @property
    def __isabstractmethod__(self):
        raise RuntimeError("bad descriptor")


class Truthy:
    __isabstractmethod__ = 1


class Base(abc.ABC):
    @abc.abstractmethod
    def f(self):
        pass

    @property
    @abc.abstractmethod
    def p(self):
        pass

    @classmethod
    @abc.abstractmethod
    def cm(cls):
        pass

    @staticmethod
    @abc.abstractmethod
    def sm():
        pass

    w = Weird()
    t = Truthy()
    plain = 3

    def g(self):
        pass

    part = functools.partialmethod(g)


print(sorted(Base.__abstractmethods__))


class Half(Base):
    def f(self):
        return 1

    t = None


print(sorted(Half.__abstractmethods__))


class Full(Half):
    p = 1
    cm = classmethod(lambda cls: 0)
    sm = staticmethod(lambda: 0)


print(sorted(Full.__abstractmethods__), Full().f())
try:
    Half()
except TypeError as e:
    print("TypeError", e)

try:
    class Broken(abc.ABC):
        b = Bad()
except RuntimeError as e:
    print("RuntimeError", e)

# property() and friends report abstractness of their functions.
print(property(Base.f).__isabstractmethod__, property(Half.g).__isabstractmethod__,
      property(None, Base.f).__isabstractmethod__, property(Half.g, None, Base.f).__isabstractmethod__)
try:
    property(Bad()).__isabstractmethod__
except RuntimeError as e:
    print("RuntimeError", e)
print(property(Weird()).__isabstractmethod__)

# update_abstractmethods and registration.
class Later(abc.ABC):
    pass


Later.m = abc.abstractmethod(lambda self: 0)
abc.update_abstractmethods(Later)
print(sorted(Later.__abstractmethods__))
Later.register(int)
print(issubclass(int, Later), isinstance(3, Later), issubclass(str, Later))
