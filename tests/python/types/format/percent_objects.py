class Idx:
    def __index__(self): return 255
class Fl:
    def __float__(self): return 2.5
class In:
    def __int__(self): return 7
print('%x %o %d' % (Idx(), Idx(), Idx()), '%f %e' % (Fl(), Fl()))
for fmt in ['%d', '%x', '%f']:
    for v in [In(), Fl(), '5']:
        try:
            print(fmt, fmt % v)
        except TypeError as e:
            print(fmt, e)
print('%s %r' % (None, None), '%5s|%-6r|' % (True, 'q'), '%.3s' % 'abcdef', '%.1r' % 'abc', '%10.4s|' % 'abcdefg')
print('%d' % 2 ** 100, '%x' % -(2 ** 70), '%e' % 2 ** 100, '%.30f' % 0.1, '%.20e' % 1.5, '%g' % 1e-5, '%g' % 123456789)
