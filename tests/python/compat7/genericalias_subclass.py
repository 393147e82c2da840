# types.GenericAlias can be subclassed: instances have the subclass's type
# and an instance dict (attribute reads go to the origin, as for every
# GenericAlias), and still act as generic aliases (|, ==, isinstance).
import types
import dataclasses


class A(types.GenericAlias):
    pass


a = A(list, int)
print(type(a).__name__, type(a) is A, a, a.__origin__, a.__args__)
print(a == list[int], list[int] == a, hash(a) == hash(list[int]))
a.note = 'x'
print(vars(a) is not None, object.__getattribute__(a, '__dict__'))
print(a | int, int | a, a | None)
try:
    isinstance([], int | a)
except TypeError as e:
    print(type(e).__name__, e)
print(a[()] if False else a.__parameters__)

x = list[int]
try:
    x.foo = 1
except AttributeError as e:
    print(type(e).__name__, e)


@dataclasses.dataclass
class D(types.GenericAlias):
    origin: type
    args: type


d = D(list, int)
print(dataclasses.is_dataclass(D), dataclasses.is_dataclass(type(d)), dataclasses.is_dataclass(d))
print(type(d).__name__, object.__getattribute__(d, '__dict__'))
try:
    A(list)
except TypeError as e:
    print(type(e).__name__, e)
