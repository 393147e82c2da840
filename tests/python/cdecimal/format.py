# Decimal.__format__ and str/repr across fill, align, sign, zero padding,
# width, thousands separators, precision and the e/f/g/% types.
from decimal import *

specs = ['', '010,', 'a<10', '*^15', '=+12', ',.2f', 'z.1f', '%', '.0%', '10.3e', '^+12.4G', '.0e', '.0', '.1',
         '.5g', 'z010.2f', '.3f', ' .2e', 'E', 'G', 'f', '.10', '>20,.3f', ',', '+,.1f', '-08.2f']
vals = ['1234.5678', '-0.00001', '0', '-0', 'NaN', '-Inf', '1e100', '123456789', '0.5', '-1.25E-10', '9.9999', '100']
for spec in specs:
    print(spec, [format(Decimal(v), spec) for v in vals])
for v in ['0.000001', '0.0000001', '1E+6', '123E-2', '-0E+3', '1.000E+3']:
    d = Decimal(v)
    print(str(d), repr(d), d.to_eng_string(), '{}'.format(d), f'{d:.2f}')
with localcontext(capitals=0):
    print(str(Decimal('1E+10')), format(Decimal('1.5E+10'), ''))
with localcontext(rounding=ROUND_DOWN):
    print(format(Decimal('2.999'), '.2f'), format(Decimal('-2.999'), '.1e'))
print('%s %r' % (Decimal('1.10'), Decimal('-3')))
