s = 'abracadabra'
for sub in ['a', 'abra', 'cad', 'z', '', 'ra', 'aa']:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 2), s.find(sub, 2, 6), s.rfind(sub, 0, 5), s.count(sub, 1, -1), s.find(sub, -4), s.find(sub, 100))
print(s.index('c'), s.rindex('b'))
for f in [s.index, s.rindex]:
    try:
        f('z')
    except ValueError as e:
        print(e)
print('日本語日本'.find('本'), '日本語日本'.rfind('本'), 'ü' * 3 .count('ü') if False else 'üüü'.count('ü'), ''.count(''), 'abc'.count(''), 'aaaa'.count('aa'))
print('abc'.find('c', None, None), 'abc'.find('', 3), 'abc'.find('', 4), 'abc'.rfind(''), 'abc'.index('', 1))
