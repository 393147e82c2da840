print(sorted({3: 'a', 1: 'b'}.items()), sorted({'b', 'a'}), sorted(frozenset([2, 1])), sorted(range(5, 0, -2)), sorted('zyx'), sorted(b'cab'), sorted(x for x in [2, 1]))
print(sorted([], reverse=True), sorted([1]), sorted((3, 2, 1)), sorted(iter([9, 8])), sorted(map(abs, [-3, 2])))
