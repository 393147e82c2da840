f = frozenset('abc')
print(sorted(f), len(f), 'a' in f, hash(f) == hash(frozenset('cba')), {f: 1}[frozenset('bca')])
try:
    f.add('d')
except AttributeError as e:
    print(e)
print(frozenset(), frozenset([frozenset()]), {frozenset({1}), frozenset({1})})
print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset({'a'})) == hash(frozenset({'a'})))
class FS(frozenset):
    pass
print(type(FS([1]) | {2}).__name__, FS([1]) == frozenset([1]), repr(FS([1])))
