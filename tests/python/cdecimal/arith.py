# Decimal arithmetic: results and the flags each operation raises, under
# several precisions and rounding modes.
from decimal import *

vals = ['0', '-0', '1', '-1', '1.5', '2.50', '-7.25', '0.1', '3', '1E+3', '123456789012345678901234567890',
        '1E-20', '9.999999999', 'Infinity', '-Infinity', 'NaN', '-NaN12']

def show(label, f):
    getcontext().clear_flags()
    try:
        r = f()
        print(label, repr(r), sorted(k.__name__ for k, v in getcontext().flags.items() if v))
    except (ArithmeticError, ValueError, TypeError) as e:
        print(label, type(e).__name__)

for prec in (28, 5):
    for rounding in (ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING, ROUND_HALF_UP):
        with localcontext(prec=prec, rounding=rounding):
            print('--', prec, rounding)
            for a in vals[:12]:
                for b in vals[2:9] + ['NaN', 'Infinity', '0']:
                    x, y = Decimal(a), Decimal(b)
                    show(f'{a}+{b}', lambda: x + y)
                    show(f'{a}-{b}', lambda: x - y)
                    show(f'{a}*{b}', lambda: x * y)
                    show(f'{a}/{b}', lambda: x / y)
                    show(f'{a}//{b}', lambda: x // y)
                    show(f'{a}%{b}', lambda: x % y)
                    if b != '0':  # _pydecimal raises DivisionByZero first, C InvalidOperation
                        show(f'divmod {a} {b}', lambda: divmod(x, y))

with localcontext() as c:
    c.traps[InvalidOperation] = False
    c.traps[DivisionByZero] = False
    for a in vals:
        x = Decimal(a)
        show('neg ' + a, lambda: -x)
        show('abs ' + a, lambda: abs(x))
        show('pos ' + a, lambda: +x)
        show('sqrt ' + a, lambda: x.sqrt())
        show('normalize ' + a, lambda: x.normalize())
        show('q ' + a, lambda: x.quantize(Decimal('0.01')))
        show('qup ' + a, lambda: x.quantize(Decimal('1E+1'), rounding=ROUND_UP))
        show('ti ' + a, lambda: x.to_integral_value())
        show('tie ' + a, lambda: x.to_integral_exact(ROUND_HALF_UP))
        for n in (0, 1, 2, 3, -1, -2, 7):
            show(f'{a}**{n}', lambda: x ** n)
        show('int+ ' + a, lambda: x + 7)
        show('radd ' + a, lambda: 7 - x)
        show('cmp ' + a, lambda: (x < 1, x == 1, x != 1, x >= Decimal('-7.25')))
        show('compare ' + a, lambda: x.compare(Decimal(1)))

with localcontext(Context(prec=3, Emax=5, Emin=-5)) as c:
    c.traps[Overflow] = False
    c.traps[Underflow] = True
    for a in ['999999', '1E+5', '123E+3', '1E-5', '1E-6', '1.23E-7', '0E-20', '0E+20']:
        show('fix ' + a, lambda: +Decimal(a))
    c.clamp = 1
    for a in ['1E+5', '1E+3', '0E+20', '12E+3']:
        show('clamp ' + a, lambda: +Decimal(a))
    c.traps[Underflow] = False
    show('sub', lambda: Decimal('1.5E-6') * Decimal('1.1'))
