def t(f, *a):
    try:
        r = f(*a)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
inf, nan = float('inf'), float('nan')
cs = [0j, -0j, complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0), 1+2j, -1.5-0.5j, complex(inf, nan), complex(nan, -inf), complex(-inf, 0), 1e16j, 1e-5+1e22j, complex(1, 2**53), 3j]
for c in cs:
    print(repr(c), str(c), c.real, c.imag, c.conjugate(), end=' ')
    t(lambda: hash(c) if c == c else None)
    t(lambda: (abs(c), -c, +c, c == c, bool(c)))
for a in [1+2j, -3j, 0j, 2, 1.5, complex(inf, 0)]:
    for b in [1+2j, 0j, 2, -0.5, 1j, complex(0, inf)]:
        print(a, b, end=' ')
        t(lambda: (a + b, a - b, a * b))
        t(lambda: a / b)
        t(lambda: a ** b)
t(lambda: (1+2j) // 2); t(lambda: (1+2j) % 2); t(lambda: divmod(1j, 1)); t(lambda: 1j < 2j); t(lambda: 0j ** -1); t(lambda: 0j ** 0); t(lambda: 0j ** 1j); t(lambda: (1+1j) ** 1000); t(lambda: 10j ** 400); t(lambda: (2+0j) ** 10); t(lambda: (1+1j) ** -3); t(lambda: (1j) ** 2.5); t(lambda: pow(1j, 2, 3))
t(lambda: (1e308+1e308j) * 2); t(lambda: abs(complex(1e308, 1e308))); t(lambda: complex(1e308, 1) / complex(1e-308, 1e-308))
strs = ['1', '1j', 'j', '-j', '+j', '1+j', '1-2j', '(1+2j)', ' ( 1+2j ) ', '(1+2j', '1+2j)', '1 + 2j', '1e3-1e-3j', 'inf+nanj', '-infj', 'nanj', '1_0+2_0j', '1__0j', '1.j', '.5j', 'J', '1J', '', ' ', '()', 'j1', '1jj', '1+', '+1+1j', '1+1j+1', '١+٢j', '\u20031j\u2003', '1e400j', '0x1j', '(1)', '((1))']
for s in strs:
    print(repr(s), end=' ')
    t(lambda: complex(s))
t(lambda: complex('1', 2)); t(lambda: complex(1, '2')); t(lambda: complex(1j, 1j)); t(lambda: complex(1, 1j)); t(lambda: complex(b'1')); t(lambda: complex(None)); t(lambda: complex(real=1, imag=2)); t(lambda: complex(imag=2))
class C:
    def __complex__(self): return 2j
class Cbad:
    def __complex__(self): return 2
class Cf:
    def __float__(self): return 3.0
class Ci:
    def __index__(self): return 4
class CS(complex): pass
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    t(lambda: complex(C())); t(lambda: complex(Cbad())); t(lambda: complex(Cf())); t(lambda: complex(Ci())); t(lambda: complex(Cf(), Cf())); t(lambda: complex(C(), 1)); t(lambda: type(complex(CS(1))))
    t(lambda: CS(1, 2)); t(lambda: type(CS(1) + 1))
    for x in w: print('W', x.category.__name__, x.message)
t(lambda: (1+2j).__getnewargs__()); t(lambda: complex.__eq__(1j, 'a')); t(lambda: 1j == 1j + 0); t(lambda: (1+0j) == 1); t(lambda: (1+0j) == 2**1000); t(lambda: complex(2**53+1) == 2**53+1)
t(lambda: int(1j)); t(lambda: float(1j)); t(lambda: round(1j)); t(lambda: complex(2**1024))
t(lambda: [format(c) for c in cs])
