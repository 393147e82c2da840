print(set(), set('aab') == {'a', 'b'}, frozenset(), frozenset([1, 1, 2]), set(range(3)), sorted(set('hello')))
print(type(frozenset()).__name__, frozenset() is frozenset(), len(set([1, 1, 1])))
try:
    set(1)
except TypeError as e:
    print(e)
try:
    set([[1]])
except TypeError as e:
    print(e)
