import itertools
def t(f, *a):
    try:
        r = f(*a)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
vals = [0, -5, 255, 2**70, 3.75, -0.0, 1e20, float('nan'), 'héllo', b'by', True, None, [1], 1j]
convs = 'sradiuoxXeEfFgGc%ab'
flags = ['', '-', '+', ' ', '#', '0', '-0', '+ ']
for c in convs:
    for fl in flags:
        for w in ['', '8', '*']:
            for p in ['', '.2', '.*']:
                fmt = '%' + fl + w + p + c
                for v in vals:
                    args = []
                    if w == '*': args.append(9)
                    if p == '.*': args.append(3)
                    args.append(v)
                    print(fmt, end=' ')
                    t(lambda: fmt % tuple(args))
for c in 'sradiuoxXeEfFgGcb%':
    for v in [0, 65, -5, 3.5, b'xy', 'z', bytearray(b'q'), memoryview(b'm'), 256, None]:
        if c in 'ra' and isinstance(v, memoryview): continue
        print(c, end=' ')
        t(lambda: (b'%' + c.encode()) % (v,) if c != '%' else b'%%' % ())
t(lambda: '%(a)s-%(b)05.1f' % {'a': 1, 'b': 2.25}); t(lambda: '%(a)s' % {}); t(lambda: '%(a' % {'a': 1}); t(lambda: '%(a)s %s' % {'a': 1}); t(lambda: '%s %(a)s' % {'a': 1})
t(lambda: '%s' % ()); t(lambda: '%s %s' % (1,)); t(lambda: '%s' % (1, 2)); t(lambda: '%' % ()); t(lambda: '%z' % 1); t(lambda: '%c' % 'ab'); t(lambda: '%c' % 0x110000); t(lambda: '%c' % -1); t(lambda: '%d' % '1'); t(lambda: '%x' % 1.5); t(lambda: '%*d' % ('a', 1)); t(lambda: '%.*f' % (2**40, 1.0))
t(lambda: '%s' % [1, 2]); t(lambda: 'abc' % ()); t(lambda: 'abc' % 5); t(lambda: 'abc' % {'a': 1}); t(lambda: 'abc' % []); t(lambda: '%-*d|' % (-5, 3)); t(lambda: '%5%|' % ()); t(lambda: '%(x)*d' % {'x': 1})
t(lambda: b'%(a)s' % {b'a': b'1'}); t(lambda: b'%s' % 'str'); t(lambda: b'%r' % 'é'); t(lambda: b'%a' % 'é'); t(lambda: b'%c' % 256); t(lambda: b'%c' % b'ab'); t(lambda: bytearray(b'%d') % 5); t(lambda: b'%s' % 5)
class D:
    def __getitem__(self, k): return k * 2
t(lambda: '%(ab)s' % D()); t(lambda: ('%s' % D())[:11])
class Idx:
    def __index__(self): return 10
class Fl:
    def __float__(self): return 1.25
class In:
    def __int__(self): return 7
t(lambda: '%d %x %o %c' % (Idx(), Idx(), Idx(), Idx())); t(lambda: '%f %e' % (Fl(), Fl())); t(lambda: '%d' % Fl()); t(lambda: '%d' % In()); t(lambda: '%x' % In()); t(lambda: '%f' % In()); t(lambda: '%f' % Idx())
t(lambda: '%.100f' % 1.0); t(lambda: '%.200f' % 1e-5); t(lambda: '%#.0f %#.0e %#g %#x %#o %#X' % (1.0, 1.0, 1.0, 255, 8, 255)); t(lambda: '%+.3e' % 12345.678); t(lambda: '%g %g %g' % (1e-5, 123456789.0, 0.0001))
t(lambda: '%05s|%-05d|%+05d|% 05d' % ('ab', 3, 3, 3)); t(lambda: '%i %u' % (3.9, -3.9)); t(lambda: '%s' % b'x'); t(lambda: '%r %a' % ('é', 'é\u2028'))
