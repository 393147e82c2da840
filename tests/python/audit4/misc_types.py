def t(f, *a):
    try:
        r = f(*a)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class O: pass
class F:
    def __format__(self, spec): return 'F<' + spec + '>'
class FB:
    def __format__(self, spec): return 5
t(lambda: format(O(), '')[:10]); t(lambda: format(O(), 'x')); t(lambda: '{:>5}'.format(O())); t(lambda: format(F(), 'abc')); t(lambda: f'{F()!s:>3}'[:3]); t(lambda: f'{F():{"x"}}'); t(lambda: format(FB())); t(lambda: format(1, 5)); t(lambda: object.__format__(1, '')); t(lambda: object.__format__(1, 'd'))
t(lambda: format([1], '')); t(lambda: format((1,), '>3')); t(lambda: '{0!r:^9}'.format([1])); t(lambda: str.format('{}', *[1])); t(lambda: '{x}'.format(**{'x': 1})); t(lambda: '{0}{1}'.format(1)); t(lambda: '{:%}'.format(0.5)); t(lambda: '{:c}'.format(9731))
class S(str):
    def __str__(self): return 'S!'
    def __repr__(self): return 'R!'
t(lambda: (str(S('a')), repr(S('a')), '%s' % S('a'), '%r' % S('a'), f'{S("a")}', format(S('a')), '{}'.format(S('a')), S('a') + 'b', type(S('a') + 'b'), S('ab')[0], type(S('ab')[:]), S('a').upper()))
class I(int):
    def __str__(self): return 'I!'
    def __repr__(self): return 'IR!'
t(lambda: (str(I(5)), repr(I(5)), '%d' % I(5), '%s' % I(5), f'{I(5)}', format(I(5), 'd'), '{}'.format(I(5)), '%x' % I(255), I(5) + 1, type(I(5) + 0), -I(5), type(-I(5)), abs(I(-5)), type(+I(5)), I(5).real, type(I(5).real), type(I(5).numerator)))
class Fl(float):
    def __repr__(self): return 'FR!'
t(lambda: (str(Fl(1.5)), repr(Fl(1.5)), '%s' % Fl(1.5), '%r' % Fl(1.5), f'{Fl(1.5)}', format(Fl(1.5), '.1f'), type(round(Fl(1.5))), type(Fl(1.5) * 1), [Fl(1.5)]))
class B(bytes):
    def __str__(self): return 'B!'
t(lambda: (str(B(b'x')), repr(B(b'x')), b'%s' % B(b'x'), B(b'x') + b'y', type(B(b'ab')[:1]), B(b'a').upper(), type(B(b'a').upper())))
class L(list): pass
class D(dict): pass
class T(tuple): pass
t(lambda: (repr(L([1])), repr(D(a=1)), repr(T((1,))), type(L([1]) + [2]), type(L([1]) * 2), type(L([1])[:]), type(T((1,)) + (2,)), type(D(a=1) | {}), type(D(a=1).copy())))
class DM(dict):
    def __missing__(self, k): return k * 2
t(lambda: (DM()['ab'], DM().get('ab'), 'ab' in DM(), '%(a)s' % DM(), '{x}'.format_map(DM())))
t(lambda: (repr(1e16), repr(1e15), repr(12345678901234567.0), repr(0.0001), repr(0.00001), str(1e-5), repr(-1e-7), repr(1.5e300), repr(2.0 ** 70), repr(float(2 ** 53 + 1))))
t(lambda: (int('0b1010', 0), int('0o17', 0), int('0x_ff', 0), int('010', 0))); t(lambda: int('08', 0)); t(lambda: int('0_8', 0)); t(lambda: int('00_0', 0))
t(lambda: (bool.__and__(True, 1), bool.__or__(False, False), True.__xor__(True), type(True.__and__(1)), True.__and__(1.0), repr(True.__invert__())))
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    t(lambda: (None.__bool__(), NotImplemented.__bool__()))
    t(lambda: bool(NotImplemented))
    for x in w: print('W', x.category.__name__, x.message)
t(lambda: (1).__round__()); t(lambda: (1.5).__round__(None)); t(lambda: round(1.5, 'a')); t(lambda: round('a')); t(lambda: round(2**1024 + 0.0 if False else 10**400, -399))
