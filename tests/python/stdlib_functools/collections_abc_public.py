# collections.abc over _abc: builtin types' registrations, subclass hooks,
# a Sequence mixin subclass, abstract-method sets and the instantiation error.
import collections.abc as cabc
tests = [([], cabc.Sequence), ([], cabc.MutableSequence), ((), cabc.Sequence), ({}, cabc.Mapping), ({}, cabc.MutableMapping),
         ('s', cabc.Sequence), (b'b', cabc.ByteString), (set(), cabc.Set), (frozenset(), cabc.MutableSet), (1, cabc.Hashable),
         ([], cabc.Hashable), (iter([]), cabc.Iterator), ((x for x in []), cabc.Generator), (len, cabc.Callable),
         ({}.keys(), cabc.KeysView), ({}.items(), cabc.Set), (range(3), cabc.Sequence), (memoryview(b''), cabc.Sequence)]
print([isinstance(o, c) for o, c in tests])
class MySeq(cabc.Sequence):
    def __getitem__(self, i): return [1, 2, 3][i]
    def __len__(self): return 3
s = MySeq()
print(list(s), s.index(2), s.count(3), list(reversed(s)), 2 in s, isinstance(s, cabc.Reversible))
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(It(), cabc.Iterator), issubclass(It, cabc.Iterable), issubclass(int, cabc.Iterable))
try:
    class Bad(cabc.Mapping): pass
    Bad()
except TypeError as e:
    print('TypeError', str(e).replace("'", ''))
print(sorted(cabc.Mapping.__abstractmethods__), sorted(cabc.MutableSequence.__abstractmethods__))
