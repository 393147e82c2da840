d = {'a': 1, 'b': 2, 'c': 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), 'a' in k, 2 in v, ('b', 2) in i, ('b', 3) in i)
d['d'] = 4
print(list(k), list(v), list(i))
print(k & {'a', 'z'}, k | {'z'}, k - {'a'}, k ^ {'a', 'q'}, i & {('a', 1)}, k == {'a', 'b', 'c', 'd'}, k < {'a', 'b', 'c', 'd', 'e'})
print(k.isdisjoint({'x'}), sorted(k), list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(k.mapping is d, type(k).__name__, type(v).__name__, type(i).__name__)
print(v == v, d.values() == d.values())
try:
    hash(k)
except TypeError as e:
    print(e)
print({1: 'x'}.keys() == {1}, {1: 2}.items() == {(1, 2)}, dict.fromkeys([1]).keys() | [2, 3])
