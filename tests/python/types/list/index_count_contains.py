l = [1, 'a', 2.0, [3], None, 1, True]
print(l.index(1), l.index(1, 1), l.index(1, 2, 7), l.count(1), l.count([3]), l.count(None), 2 in l, [3] in l, 'b' in l)
print(l.index('a', -6), l.index(True))
try:
    l.index(1, 2, 4)
except ValueError as e:
    print(e)
nan = float('nan')
print([nan].count(nan), [nan].index(nan), nan in [nan], [float('nan')].count(nan))
