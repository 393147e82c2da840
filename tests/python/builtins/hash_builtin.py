print(hash(1), hash(-1), hash(0), hash(2 ** 61 - 1), hash(2 ** 61), hash(-2 ** 61), hash(1.0), hash(0.5), hash(-0.0))
print(hash(float('inf')), hash(float('-inf')), hash(True), hash(None) == hash(None), hash(()), hash((1, 2)))
print(hash(1.5) == hash(1.5), hash(3) == hash(3.0) == hash(3 + 0j), hash(''), hash(b''))
print(hash('abc'), hash(b'abc'), hash(frozenset()), hash(frozenset([1, 2])), hash(range(3)) == hash(range(0, 3)))
