from collections.abc import Mapping, MutableMapping
class M(Mapping):
    def __init__(self, d): self._d = d
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
m = M({'a': 1, 'b': 2})
print(list(m.keys()), list(m.items()), m.get('c', 0), 'a' in m, dict(m), m == {'a': 1, 'b': 2})
print(dict(**m), {**m, 'c': 3})
class KeysOnly:
    def keys(self): return [1, 2]
    def __getitem__(self, k): return k * 100
print(dict(KeysOnly()), {**KeysOnly()} if False else '')
d = {}
d.update(KeysOnly())
print(d)
try:
    dict([1, 2])
except TypeError as e:
    print(e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(e)
