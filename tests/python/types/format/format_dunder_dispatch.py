class Money:
    def __init__(self, v): self.v = v
    def __format__(self, spec):
        if spec.endswith('cur'):
            return '$' + format(self.v, spec[:-3] or ',.2f')
        return format(self.v, spec)
m = Money(1234.5)
print(f'{m}', f'{m:cur}', f'{m:.0fcur}', '{:>10}'.format(m), format(m, '.1f'))
class Sub(int):
    pass
print(format(Sub(5), 'x'), f'{Sub(255):#x}', format(True, 'x'), format(False, ''), format(True, 's') if False else format(True, ''))
import datetime
d = datetime.date(2024, 3, 9)
print(f'{d:%Y/%m/%d}', f'{d}', format(d, ''), '{:%b %d}'.format(d))
import decimal
print(f'{decimal.Decimal("1234.5678"):,.2f}', format(decimal.Decimal('1e-10'), 'f'), f'{decimal.Decimal("-0"):+}')
