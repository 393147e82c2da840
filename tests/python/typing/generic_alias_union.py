import typing, collections.abc as c
T=typing.TypeVar('T')
print(repr(list[int]), list[int].__origin__, list[int].__args__, list[T].__parameters__, list[T][int], dict[str, list[T]][int])
print(tuple[()], tuple[int, ...], list[int] == list[int], hash(list[int])==hash(list[int]), list[int].__name__, list[int]() , list[int]([1]))
print(int | str, (int | str).__args__, int | None, type(int|str), int | int, (int | str) == (str | int), list[int] | None)
print(isinstance(1, int | str), issubclass(bool, int | str))
try: isinstance([], list[int])
except TypeError as e: print(e)
try: isinstance([], list[int] | None)
except TypeError as e: print(e)
try: list[int][int]
except TypeError as e: print(e)
try: dict[T, int][int, str]
except TypeError as e: print(e)
print(list[int].__mro_entries__(()), list['x'], list[c.Callable], type(list[int]))
class A(list[int]): pass
print(A.__mro__, A.__orig_bases__)
print((int|str).__parameters__, repr(int | list[T]), (int | list[T])[str])
print(list[int].__reduce__())
import collections, re
print(collections.deque[int], re.Pattern[str], collections.defaultdict[str, int])
