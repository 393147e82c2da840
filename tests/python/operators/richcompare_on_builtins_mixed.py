pairs = [(1, 1.0), (1, True), ((1, 2), [1, 2]), ('a', b'a'), ({1}, frozenset({1})), ({1: 2}, {1: 2.0}), (range(3), range(0, 3)), (None, False), (1j, 1), (float('nan'), float('nan')), ([], ()), ('', None)]
for a, b in pairs:
    print(repr(a), repr(b), a == b, a != b)
