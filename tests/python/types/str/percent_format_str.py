print('%s|%r|%a' % ('é', 'é', 'é'), '%5s|%-5s|%.2s' % ('ab', 'ab', 'abc'), '%c%c' % ('x', 65), '%%' % ())
print('%(name)s is %(age)d' % {'name': 'Al', 'age': 30.9}, '%s' % (1, ) , '%s' % [1, 2], '%s %s' % (1, 2))
for bad in [('%d', 'x'), ('%s %s', (1,)), ('%s', (1, 2)), ('%z', 1), ('%(k)s', 1), ('%c', 'ab'), ('%c', 0x110000), ('%', ())]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(type(e).__name__, e)
