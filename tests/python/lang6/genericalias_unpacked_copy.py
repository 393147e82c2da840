# Unpacked generic aliases (*tuple[int]) copy, deep-copy and pickle through
# next(iter(tuple[int])); iter() of an alias is generic_alias_iterator;
# dir() of an alias lists its origin's names; async_generator is
# subscriptable.
import copy
import pickle
import types

a = (*tuple[int],)[0]
print(a, a.__reduce__()[0].__name__)
print(copy.copy(a), copy.deepcopy(a))
b = tuple[*tuple[int, ...]]
print(copy.copy(b).__args__, copy.deepcopy(b).__args__)
print(pickle.loads(pickle.dumps(a)), pickle.loads(pickle.dumps(b)))
print(sorted(set(dir(list[int])) - set(dir(list))))
it = iter(tuple[int, str])
print(type(it).__name__, it.__reduce__()[1], next(it), list(it), it.__reduce__()[1])
print(types.AsyncGeneratorType[int], types.AsyncGeneratorType[int, str].__args__)
