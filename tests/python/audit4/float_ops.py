import sys, math
def t(f, *a):
    try:
        r = f(*a)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
fs = [0.0, -0.0, 1.0, -1.5, 0.1, 1e16, 1e15, 9999999999999998.0, 1e-4, 9.999e-5, 1e-5, 1e22, 1e23, 5e-324, 1.7976931348623157e308, float('inf'), -float('inf'), float('nan'), 123456789.125, 2.5, 0.5, 1/3, 2.0**53, 1e300*10]
for x in fs:
    print(repr(x), str(x), x.hex(), x.is_integer(), end=' ')
    t(lambda: x.as_integer_ratio())
    t(lambda: (round(x), round(x, 0), round(x, 1), round(x, -1), round(x, 2), round(x, -308), round(x, 400), round(x, -400), round(x, 2**70), round(x, -2**70)))
for x in [0.5, 1.5, 2.5, -0.5, -2.5, 0.125, 0.375, 2.675, 1.005, 5e-324, 1e308, 123.456, -123.456, 0.285, 1.15, 2.5e-5]:
    t(lambda: [round(x, n) for n in range(-3, 6)])
t(lambda: round(float('inf'))); t(lambda: round(float('nan'))); t(lambda: round(1e308, -308)); t(lambda: round(1.7e308, -307)); t(lambda: round(5e-324, 323)); t(lambda: round(5e-324, 324))
t(lambda: type(round(2.5))); t(lambda: type(round(2.5, 0))); t(lambda: round(2.5, None))
for a in [5.0, -5.0, 0.0, -0.0, 1e308, 3.5, float('inf'), float('nan')]:
    for b in [3.0, -3.0, 0.0, float('inf'), -float('inf'), 0.1, 1e-308]:
        print(a, b, end=' ')
        t(lambda: (a % b, a // b, divmod(a, b), math.fmod(a, b) if b else None))
t(lambda: 1.0 / 0); t(lambda: 1.0 // 0.0); t(lambda: 1.0 % 0.0); t(lambda: divmod(1.0, 0)); t(lambda: 0.0 ** -1); t(lambda: (-8.0) ** 0.5); t(lambda: 10.0 ** 400); t(lambda: (-10.0) ** 401); t(lambda: 2.0 ** -1100)
t(lambda: float('inf') ** 0); t(lambda: float('nan') ** 0); t(lambda: 1.0 ** float('nan')); t(lambda: (-1.0) ** float('inf')); t(lambda: 0.0 ** float('-inf')); t(lambda: (-0.0) ** -1); t(lambda: (-0.0) ** -2.0); t(lambda: (-0.0) ** 3)
t(lambda: 1e308 * 10); t(lambda: 1e308 + 1e308); t(lambda: -1e308 * 10); t(lambda: float(10**400)); t(lambda: 10**400 * 1.0); t(lambda: 2**1024 / 1.0)
# float(str) spellings
strs = ['1', '1.', '.1', '-.5e-3', '+1E+3', ' 1.5 ', '\n1\t', '1_000.5', '1_000_.5', '1__0', '_1', '1_', '1._5', '1e1_0', '1e_1', 'inf', '-Inf', '+INFINITY', 'infinity', 'infinit', 'nan', '-NaN', '+nan', 'nan(1)', '0x1p3', '1e400', '-1e400', '1e-400', '4.9e-324', '2.4703282292062328e-324', '2.4703282292062327e-324', '', ' ', '.', 'e5', '1e', '1.5.', '١.٥', '\u20031.5\u2003', '1,5', '0.1' + '0' * 500 + '1', '9' * 400, '1.7976931348623158e308', '1.7976931348623159e308']
for s in strs:
    print(repr(s[:30]), end=' ')
    t(lambda: float(s))
t(lambda: float(b'1.5')); t(lambda: float(bytearray(b' 2 '))); t(lambda: float(memoryview(b'3.5'))); t(lambda: float(b'x')); t(lambda: float([]))
class F:
    def __float__(self): return 2.5
class FI:
    def __index__(self): return 3
class Fbad:
    def __float__(self): return 1
class Fsub:
    def __float__(self): return FS(1.0)
class FS(float): pass
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    t(lambda: float(F())); t(lambda: float(FI())); t(lambda: float(Fbad())); t(lambda: float(Fsub())); t(lambda: type(float(FS(2.0))))
    for x in w: print('W', x.category.__name__, x.message)
# hex/fromhex
for s in ['0x1p0', '0x1.8p1', '-0x1.fffffffffffffp1023', '0x1p-1074', '0x1p-1075', '0x1.0000000000001p-1074', '0x3p-1076', 'inf', '-infinity', 'nan', '1', 'a', '0x.8', '0xp1', '0x1p', '0x1p+', ' 0x1 ', '0x1.8', '0X1P10', '0x1p1024', '0x1.fffffffffffff8p1023', '0x1.fffffffffffff7p1023', '0x', '1.', '.', '0x1_0p0', '-0x0p0', '0x1234567890abcdefp-60']:
    print(repr(s), end=' ')
    t(lambda: float.fromhex(s))
t(lambda: FS.fromhex('0x1p1')); t(lambda: type(FS.fromhex('0x1p1')))
for x in [0.1, -0.0, 5e-324, 1e308, 3.0, float('nan'), float('-inf')]:
    t(lambda: x.hex())
# comparisons with big ints
big = [2**53, 2**53 + 1, 2**1023, 2**1024, -2**1024, 10**400, 2**63, 2**64 - 1]
for i in big:
    for f in [float(2**53), 2.0**1023, float('inf'), -float('inf'), float('nan'), 9007199254740993.0, 1.8446744073709552e19]:
        print(i < f, i <= f, i == f, i != f, i > f, i >= f, end='|')
    print()
t(lambda: (float.__eq__(1.0, 1), float.__lt__(1.0, 'a'), float.__add__(1.0, 'a'), float.__rsub__(1.0, 3), float.__rpow__(2.0, 3)))
t(lambda: (hash(1.5), hash(-1.5), hash(0.1), hash(1e300), hash(float('inf')), hash(-float('inf')), hash(-0.0), hash(2.0**61), hash(-1.0)))
t(lambda: (math.trunc(2.5), math.floor(-2.5), math.ceil(-2.5), (2.5).__trunc__(), (2.5).__floor__(), (-2.5).__ceil__()))
t(lambda: (float.__round__(2.5), float.__round__(2.675, 2), (1.0).conjugate(), (1.5).real, (1.5).imag))
t(lambda: float.__getformat__('double')); t(lambda: float.__getformat__('x'))
t(lambda: math.floor(float('inf'))); t(lambda: math.ceil(float('nan'))); t(lambda: (float('inf')).as_integer_ratio()); t(lambda: float('nan').as_integer_ratio())
t(lambda: -0.0 == 0.0); t(lambda: str(-0.0 + 0.0)); t(lambda: str(-0.0 - 0.0)); t(lambda: str(0.0 * -1)); t(lambda: str(-0.0 % 5)); t(lambda: str(0.0 % -5)); t(lambda: str(-0.0 // 5)); t(lambda: divmod(-0.0, 1.0)); t(lambda: divmod(0.0, -1.0))
t(lambda: abs(-0.0)); t(lambda: -(0.0)); t(lambda: float('-0')); t(lambda: float(-0)); t(lambda: sys.float_info); t(lambda: sys.float_repr_style)
t(lambda: float.__new__(FS, '1.5')); t(lambda: float(x=1)); t(lambda: float('1', '2'))
