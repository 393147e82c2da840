print('%*d|%-*d|%.*f|%*.*f' % (5, 42, 5, 42, 2, 3.14159, 8, 3, 2.71828))
print('%(a)s %(b)05.1f %(a)r %%' % {'a': 'x', 'b': 2.345})
print('%(a)s' % {'a': 1, 'b': 2}, '%s' % {'k': 'v'}, '%s' % ((1, 2),), '%d%%' % 50)
for bad in [('%(a)s %s', {'a': 1}), ('%*d', (5,)), ('%*d', ('x', 1)), ('%(a', {'a': 1}), ('%.*f', (1.5, 2.0)), ('%d', [1]), ('%x', 1.5), ('%c', -1)]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(bad[0]), type(e).__name__, e)
