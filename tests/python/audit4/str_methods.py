def t(f, *a):
    try:
        r = f(*a)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
S = ['', 'a', 'abc', ' Hello World ', 'a,b,,c', 'x\ty\nz', 'ß', 'İi', 'ΣΑΣ', '日本語', '\x00', 'aaa', 'ab\r\ncd\rEF\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029end', '  ', '12', '-12', '+0', '\u00b2', '½', 'Ⅻ', '٣', 'a\u0300', 'ǅ', 'A1 b2', "it's", 'x' * 5]
for s in S:
    print('==', repr(s))
    t(lambda: (s.capitalize(), s.title(), s.swapcase(), s.casefold(), s.upper(), s.lower()))
    t(lambda: (s.isalnum(), s.isalpha(), s.isascii(), s.isdecimal(), s.isdigit(), s.isidentifier(), s.islower(), s.isnumeric(), s.isprintable(), s.isspace(), s.istitle(), s.isupper()))
    t(lambda: (s.center(9), s.center(9, '*'), s.ljust(7, '-'), s.rjust(7), s.zfill(6), s.expandtabs(), s.expandtabs(3), s.expandtabs(0), s.expandtabs(-1)))
    t(lambda: (s.split(), s.split(','), s.split(',', 1), s.rsplit(None, 1), s.rsplit(',', 1), s.splitlines(), s.splitlines(True), s.partition(','), s.rpartition(','), s.partition('a')))
    t(lambda: (s.strip(), s.lstrip(' H'), s.rstrip('dl '), s.strip('a'), s.removeprefix('a'), s.removesuffix('c'), s.replace('a', 'X'), s.replace('', '-'), s.replace('a', '', 1), s.replace('', '.', 2)))
    t(lambda: (s.find('a'), s.rfind('a'), s.find('a', 1), s.find('', 100), s.find('', len(s)), s.count('a'), s.count(''), s.count('', 2, 1), s.index('') , s.startswith(('a', 'x')), s.endswith('c', 0, 3), s.startswith('', 10)))
for args in [('a',), ('', 1), ('a', -100, 100), ('a', None, None), ('z',), ('a', 2**100)]:
    t(lambda: 'banana'.find(*args)); t(lambda: 'banana'.index(*args)); t(lambda: 'banana'.rindex(*args)); t(lambda: 'banana'.count(*args))
t(lambda: 'a b'.split('')); t(lambda: 'a'.split(None, -2)); t(lambda: '  a  b  '.split(None, 1)); t(lambda: '  a  b  '.rsplit(None, 1)); t(lambda: 'a\u3000b\x1cc'.split()); t(lambda: '1,2,3'.split(',', maxsplit=1)); t(lambda: 'abc'.split(1))
t(lambda: 'x'.center(5, 'ab')); t(lambda: 'x'.center(5, '')); t(lambda: 'abc'.zfill(-1)); t(lambda: '-'.zfill(3)); t(lambda: '+x'.zfill(4)); t(lambda: 'ab'.center(5)); t(lambda: 'abc'.center(6)); t(lambda: 'x'.ljust(2**63))
t(lambda: ','.join(['a', 'b'])); t(lambda: ','.join(['a', 1])); t(lambda: ','.join('abc')); t(lambda: ''.join([])); t(lambda: ','.join(5)); t(lambda: ','.join([b'a']))
t(lambda: str.maketrans('abc', 'xyz')); t(lambda: str.maketrans({'a': 'b', 98: None, 'c': 99})); t(lambda: str.maketrans('ab', 'x')); t(lambda: str.maketrans({'ab': 1})); t(lambda: str.maketrans({1.5: 1})); t(lambda: str.maketrans('a')); t(lambda: str.maketrans('a', 'b', 'c')); t(lambda: str.maketrans(1, 2)); t(lambda: str.maketrans('a', 'b', 3)); t(lambda: str.maketrans())
t(lambda: 'abcabc'.translate(str.maketrans('ab', 'xy', 'c'))); t(lambda: 'abc'.translate({97: 'XX', 98: None, 99: 0x1F600})); t(lambda: 'abc'.translate({97: 1.5})); t(lambda: 'abc'.translate({97: 0x110000})); t(lambda: 'abc'.translate([None, 'q'] * 50)); t(lambda: 'abc'.translate(5))
class M(dict):
    def __missing__(self, k): return k
t(lambda: '{a}{b}'.format_map(M(a=1))); t(lambda: '{a}'.format_map({})); t(lambda: '{0}'.format_map({}))
t(lambda: '{} {}'.format(1, 2)); t(lambda: '{1} {0}'.format(1, 2)); t(lambda: '{} {1}'.format(1, 2)); t(lambda: '{0.real} {0[0]}'.format([1])); t(lambda: '{0[0]}'.format({'0': 1})); t(lambda: '{x[a]}'.format(x={'a': 5})); t(lambda: '{:{}{}}'.format(3, '>', 5)); t(lambda: '{!r:>10}'.format('a')); t(lambda: '{!x}'.format(1)); t(lambda: '{'.format()); t(lambda: '}'.format()); t(lambda: '{{}}'.format()); t(lambda: '{0:{1:{2}}}'.format(1, 2, 3)); t(lambda: '{:{:{:{}}}}'.format(1, 2, 3, 4)); t(lambda: '{2}'.format(1)); t(lambda: '{a.b}'.format(a=1)); t(lambda: '{0[}'.format(1)); t(lambda: '{0]}'.format(1)); t(lambda: '{0!}'.format(1)); t(lambda: '{0!rr}'.format(1)); t(lambda: '{:d}'.format('a')); t(lambda: '{:s}'.format(1)); t(lambda: '{0[-1]}'.format([1])); t(lambda: '{0[1:2]}'.format({'1:2': 'x'}))
t(lambda: format(1.5, ',s')); t(lambda: format('a', ',')); t(lambda: format('a', '_')); t(lambda: format('a', '+')); t(lambda: format('a', '=5')); t(lambda: format('a', '#')); t(lambda: format('a', 'z')); t(lambda: format(1, '.2d')); t(lambda: format(1, ',c')); t(lambda: format(1, '+c')); t(lambda: format(1, ',x')); t(lambda: format(1, ',_')); t(lambda: format(1, '_,')); t(lambda: format(1, ',,'))
t(lambda: format(1, 'zd')); t(lambda: format(-0.0, 'z.1f')); t(lambda: format(-0.001, 'z.1f')); t(lambda: format(-0.001, 'z.1e')); t(lambda: format(complex(-0.0, -0.0001), 'z.2f')); t(lambda: format(1.5, '%.1')); t(lambda: format(1.5, '\x00<5')); t(lambda: format(3, '\U0001F600^7')); t(lambda: format(2**100, '_x')); t(lambda: format(2**100, '_b')); t(lambda: format(1234567, ',o')); t(lambda: format(1234567.125, '_.2f')); t(lambda: format(12345, '_n')); t(lambda: format(12345, '010,')); t(lambda: format(12345, '011,'))
t(lambda: format(1234.5, '012,.1f')); t(lambda: format(-1234.5, '=+12,.1f')); t(lambda: format(1e300, ',.0f')[:20]); t(lambda: format(0.0001, '.0%')); t(lambda: format(1j, '')); t(lambda: format(1+1j, '=10')); t(lambda: format(1+1j, '010')); t(lambda: format(1+1j, 'n')); t(lambda: format(1+1j, '%')); t(lambda: format(1.0, 'n')); t(lambda: format(1e20, 'n')); t(lambda: format(123456789, 'n'))
t(lambda: format(10**20, 'c')); t(lambda: format(-1, 'c')); t(lambda: format(1.5, 'c')); t(lambda: format(True, 'd')); t(lambda: format(True, '')); t(lambda: format(True, 's')); t(lambda: format(None, '')); t(lambda: format(None, 's')); t(lambda: format([], 'x')); t(lambda: format(object.__new__(object), '>5')[:3])
t(lambda: f'{1.5!a:>6}'); t(lambda: f'{"x"=}'); t(lambda: f'{1+1=:>5}'); t(lambda: f'{3.14159:.{2}f}'); t(lambda: f'{"ab"!r:^{6}}')
t(lambda: 'abc'[::-1]); t(lambda: 'abcdef'[1:5:2]); t(lambda: 'abc'[5:]); t(lambda: 'abc'[-10:2]); t(lambda: 'abc'[3]); t(lambda: 'abc'[str('a')]); t(lambda: 'abc'[float(1)]); t(lambda: 'ab'[2**100])
t(lambda: 'a' < 'b' < 'ba' < '\U0001F600' > '\uffff'); t(lambda: 'a' < 1); t(lambda: 'abc' * -1); t(lambda: 'ab' + 1); t(lambda: 'a' in 'abc'); t(lambda: 1 in 'abc'); t(lambda: '' in ''); t(lambda: str(b'x')); t(lambda: str(b'\xff', 'utf-8', 'replace')); t(lambda: str(b'x', encoding='ascii')); t(lambda: str(1, 'utf-8')); t(lambda: str('x', 'utf-8')); t(lambda: str(bytearray(b'q'), errors='strict')); t(lambda: str(memoryview(b'z'), 'latin-1'))
t(lambda: 'abc'.startswith(['a'])); t(lambda: 'abc'.startswith((1,))); t(lambda: 'abc'.endswith(()))
t(lambda: ('\udcff'.isprintable(), '\udcff'.upper(), len('\ud800\udc00'), '\ud800\udc00' == '\U00010000', ascii('\ud800'), repr('\ud800\udc00')))
t(lambda: ('a\x00b'.isidentifier(), '_'.isidentifier(), 'ℕ'.isidentifier(), '℘x'.isidentifier(), '·'.isidentifier(), 'a·'.isidentifier(), '1a'.isidentifier(), 'ª'.isidentifier()))
t(lambda: (repr('\x7f\x80\xa0\xad\u0378\u200b\ufeff\U000e0001\U0010ffff\t\r\n\\\'"'), ascii('é\U0001F600'), repr("'"), repr('"\''), str.__repr__('x')))
t(lambda: ('%s' % 'x', 'ab'.__mod__(1), str.__rmod__('a', 'b'), 'x'.__getnewargs__(), 'abc'.__sizeof__() > 0, 'a'.__hash__() == hash('a'), hash('') , hash('a'), hash('abc'), hash('é'), hash('日本')))
t(lambda: 'aXbXc'.split('X', 0)); t(lambda: 'aXbXc'.rsplit('X', -5)); t(lambda: ''.split(',')); t(lambda: ''.split()); t(lambda: ''.splitlines()); t(lambda: '\n'.splitlines()); t(lambda: 'a\r'.splitlines(keepends=True)); t(lambda: 'abc'.splitlines(1))
t(lambda: 'a\tb\n\tc\r\td'.expandtabs(4)); t(lambda: '\t'.expandtabs(2**62))
