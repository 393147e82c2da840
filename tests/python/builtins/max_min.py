print(max(1, 3, 2), min(1, 3, 2), max([4, 5]), min('bca'), max('a', 'b', key=str.upper))
print(max([], default='empty'), min([], default=None), max([1, 3], key=lambda x: -x))
print(max([(1, 'b'), (1, 'a')]), min([3, 1, 1.0]), max([1, True]), max([True, 1]))
for args, kw in [((), {}), (([],), {}), ((1,), {}), ((1, 2), {'default': 0}), (([1, 'a'],), {})]:
    try:
        max(*args, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
