cases = [(1, 's'), (1.0, 'd'), ('s', 'd'), (1, '.2d'), (1, ',x'), (1, '_,'), (1, ',_'), ('s', '#'), (1, 'c,'), (1j, '='), (1, '=<5'), (1, '10.'), (1, '.'), (1.0, '.f' if False else '.,f'), (1, '=5s'), (1, '1000000000000000000000000d'), (1.0, '.1000000000000000000000f'), (1, '+c'), (1, '#c'), (256 ** 5, 'c'), (-1, 'c'), (None, 'd'), ([], 'x'), (1, 'zd')]
for v, s in cases:
    try:
        print(repr(v), repr(s), repr(format(v, s)))
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(v), repr(s), type(e).__name__, e)
