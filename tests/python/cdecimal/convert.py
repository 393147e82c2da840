# Decimal construction and conversion: strings, ints, floats, tuples,
# str/repr/eng, as_tuple, as_integer_ratio, int/float/round, hash.
from decimal import *
from fractions import Fraction
import pickle, copy

def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__)

for s in ['1_000', ' 12 ', '\u0661\u0662', 'nan123', '-sNaN0012', 'inf', '-Infinity', '1e', '.5', '5.', '1E+5',
          '0e-1000', '\t1\n', '', '-0', '+.0E-3', '1_0.0_1', '1e1_0', 'Nan', 'infinit', '0.000001', '0.0000001',
          '123.456e-10', '-5E+10', '1.000', 'x', '1.2.3', '--1', '1e+']:
    t('str %r' % s, lambda: Decimal(s))
for v in [0, -5, 10**30, -(10**40), 2.5, -0.0, 0.1, 1e300, float('inf'), float('-inf'), True]:
    t('num %r' % v, lambda: Decimal(v))
t('nanfloat', lambda: Decimal(float('nan')).is_nan())
for tup in [(0, (1, 2, 3), -2), (1, (0,), 5), (0, (1,), 'F'), (0, (1, 2), 'n'), (1, (), 'N'), [0, [4, 5], 1],
            (2, (1,), 0), (0, (1, 12), 0), (0, (1,)), (0, (1,), 'x'), (0, (1,), 1.5)]:
    t('tuple %r' % (tup,), lambda: Decimal(tup))
t('list', lambda: Decimal([1]))
t('obj', lambda: Decimal(object()))
for s in ['0', '-0.00', '1E+3', '123.45', '-1.5E-10', '1E-7', '0.000123', '12345E+20', 'NaN', '-sNaN5', 'Inf',
          '1.5E+400', '0E+7', '-0E-9']:
    d = Decimal(s)
    print(s, str(d), repr(d), d.to_eng_string(), d.as_tuple(), d.adjusted(), d.is_signed(), d.is_zero(),
          d.is_finite(), d.number_class())
    t('ratio ' + s, d.as_integer_ratio)
    t('int ' + s, lambda: int(d))
    t('float ' + s, lambda: float(d))
    t('round ' + s, lambda: round(d))
    t('round2 ' + s, lambda: round(d, 2))
    t('floor ' + s, lambda: (d.__floor__(), d.__ceil__(), d.__trunc__()))
    if not d.is_nan():
        print('hash', hash(d) == hash(float(d)) or d.is_infinite() or abs(d) > 10**300, hash(d))
    print('pickle', repr(pickle.loads(pickle.dumps(d))), repr(copy.copy(d)), repr(copy.deepcopy(d)))
print(hash(Decimal('1.5')) == hash(1.5), hash(Decimal(10**25)) == hash(10**25), hash(Decimal('-1')))
print(Decimal('0.5') == Fraction(1, 2), Decimal('0.3') < Fraction(1, 3), Decimal(2) == 2.0, Decimal(1) == complex(1, 0))
print(Decimal.from_float(0.1), Decimal.from_float(5), Decimal(1).real, Decimal(1).imag, complex(Decimal('1.5')))
t('from_float str', lambda: Decimal.from_float('1'))
class D(Decimal):
    pass
d = D('1.5')
print(type(d).__name__, type(D.from_float(1.5)).__name__, repr(d), d + 1, type(d + 1).__name__)
d.x = 5
print(d.x)
