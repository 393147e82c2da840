# decimal odds and ends: hashes equal across numeric types, rounding to
# ints, subclasses, per-thread contexts from DefaultContext, conversions,
# operator mixes, error messages and signed zeros.
from decimal import *
from fractions import Fraction
import threading, pickle, copy, math
print(hash(Decimal('1.0')) == hash(1), hash(Decimal('-0')), hash(Decimal('0.5')) == hash(0.5), hash(Decimal('1e-3')) == hash(Fraction(1, 1000)))
print(round(Decimal('1234.5678'), -2), round(Decimal('-2.5')), round(Decimal('3.5')), math.floor(Decimal('-1.5')), math.ceil(Decimal('-1.5')), math.trunc(Decimal('-1.5')))
print(Decimal('NaN') == Fraction(1, 2), Decimal('Inf') > Fraction(10**100, 3), Decimal('0.333') < Fraction(1, 3))
class D(Decimal): pass
print(type(D(1) + D(2)).__name__, type(-D(1)).__name__, repr(pickle.loads(pickle.dumps(D('1.5')))), type(copy.copy(D(1))).__name__)
res = []
def worker():
    res.append(getcontext().prec)
    getcontext().prec = 3
    res.append(str(Decimal(1) / 3))
getcontext().prec = 12
t = threading.Thread(target=worker); t.start(); t.join()
print(res, getcontext().prec, Decimal(1) / 3)
DefaultContext.prec = 7
t = threading.Thread(target=worker); t.start(); t.join()
print(res)
DefaultContext.prec = 28
print(Decimal(' -1.5e3 ').__repr__(), Decimal('١٢٣'), int(Decimal('1e5')), float(Decimal('-1e-400')), complex(Decimal(2)))
print(sum([Decimal('0.1')] * 10), max(Decimal(1), Decimal('1.0')), min(Decimal('2'), 3), Decimal(5) // -2, Decimal(-5) % 3, divmod(Decimal(-7), Decimal(2)))
print(Decimal(10) ** -2, Decimal('2.5') ** 2, 2 ** Decimal(3), pow(Decimal(2), 10, 7))
print(Decimal('123.456').as_integer_ratio(), Decimal(0).as_integer_ratio(), Decimal('1e5').as_integer_ratio())
print(bool(Decimal(0)), bool(Decimal('NaN')), Decimal('1.50') == Decimal('1.5'), {Decimal('1.5'): 1}[Decimal('1.50')])
print(Decimal("1.2").__reduce__(), Decimal.__module__, Context.__module__)
print(f"{Decimal('1234567.891'):,.2f} {Decimal('0.25'):.0%} {Decimal('-1.5'):+08.2f} {Decimal('1e-7'):f} {Decimal('12345'):.2e}")
print(Decimal(1).__format__('.3f'), Decimal('inf').is_infinite(), Decimal(7).remainder_near(3), Decimal(-3).copy_abs())
try:
    Decimal(1) + 1.5
except TypeError as e:
    print(type(e).__name__)
try:
    Decimal('1') < 'a'
except TypeError as e:
    print(type(e).__name__)
print(Decimal(3) * True, Decimal('1.1') + Decimal('2.2') == Decimal('3.3'), -Decimal('0'), +Decimal('-0'), abs(Decimal('-0')))
with localcontext(rounding=ROUND_FLOOR):
    print(-Decimal('0'), Decimal('1') - Decimal('1'), Decimal('-0') + Decimal('0'))
