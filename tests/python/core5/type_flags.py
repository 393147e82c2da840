# type.__flags__ bits Python code tests, sys._git, and the
# __abc_tpflags__ check of abc.
import abc
import collections.abc as cabc
import inspect
import sys

print(sys._git)
HEAP, BASE, ABSTRACT, SEQ, MAP = 1 << 9, 1 << 10, 1 << 20, 1 << 5, 1 << 6
SUBS = [(1 << 24, int), (1 << 25, list), (1 << 26, tuple), (1 << 27, bytes),
        (1 << 28, str), (1 << 29, dict), (1 << 30, BaseException), (1 << 31, type)]


class A(abc.ABC):
    @abc.abstractmethod
    def f(self):
        pass


class B(A):
    def f(self):
        pass


class S:
    __slots__ = ()


class L(list):
    pass


class E(ValueError):
    pass


class M(type):
    pass


for t in [type, object, int, bool, list, dict, tuple, str, bytes, bytearray, float,
          BaseException, ValueError, A, B, S, L, E, M, cabc.Sequence, cabc.Mapping,
          cabc.MutableSequence, range, memoryview]:
    fl = t.__flags__
    print(t.__name__, bool(fl & HEAP), bool(fl & BASE), bool(fl & ABSTRACT),
          bool(fl & SEQ), bool(fl & MAP), [s.__name__ for bit, s in SUBS if fl & bit],
          inspect.isabstract(t))
print(isinstance(object.__flags__, int), type(bool.__flags__))
try:
    class Both(cabc.Collection):
        __abc_tpflags__ = (cabc.Sequence.__flags__ | cabc.Mapping.__flags__)
except TypeError as e:
    print("TypeError", e)


class OnlySeq(cabc.Collection):
    __abc_tpflags__ = 1 << 5


print(bool(OnlySeq.__flags__ & SEQ), '__abc_tpflags__' in OnlySeq.__dict__)
match OnlySeq.__new__(OnlySeq) if False else [1]:
    case [x]:
        print("seq", x)
