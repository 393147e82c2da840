# Decimal methods beyond the operators: exp, ln, log10, logb, the logical
# and digit-shifting operations, next_*, fma, min/max, the total orderings,
# scaleb, remainder_near, number_class and the Context method mirrors.
from decimal import *

getcontext().traps[InvalidOperation] = False
getcontext().traps[DivisionByZero] = False
getcontext().traps[Overflow] = False

vals = ['0', '-0', '1', '-1', '2.5', '10', '0.001', '1E+5', '-7.25', '101', '1100', 'Inf', '-Inf', 'NaN', 'sNaN']
for prec in (28, 9):
    with localcontext(prec=prec) as c:
        for a in vals:
            x = Decimal(a)
            print(a, x.exp(), x.ln(), x.log10(), x.logb(), x.sqrt(), x.next_minus(), x.next_plus(),
                  x.number_class(), x.is_normal(), x.is_subnormal(), x.copy_abs(), x.copy_negate(),
                  x.normalize(), x.to_integral_exact(), x.canonical(), x.is_canonical(), x.adjusted())
            for b in ['3', '-2', '0', '1', '1E+2', 'NaN']:
                y = Decimal(b)
                print(' ', b, x.max(y), x.min(y), x.max_mag(y), x.min_mag(y), x.compare_total(y),
                      x.compare_total_mag(y), x.next_toward(y), x.remainder_near(y), x.scaleb(y),
                      x.copy_sign(y), x.same_quantum(y), x.fma(y, 7), x.compare(y), x.compare_signal(y))
        for a, b in [('1101', '1011'), ('0', '111'), ('1', '0')]:
            x, y = Decimal(a), Decimal(b)
            print(a, b, x.logical_and(y), x.logical_or(y), x.logical_xor(y), x.logical_invert(), x.rotate(2),
                  x.shift(-1), x.shift(3), x.rotate(-3))
        print(sorted(k.__name__ for k, v in c.flags.items() if v))
c = Context(prec=6, traps=[])
for name in ['abs', 'plus', 'minus', 'exp', 'ln', 'sqrt', 'normalize', 'to_integral_value', 'number_class',
             'is_zero', 'is_signed', 'copy_decimal', 'to_sci_string', 'to_eng_string', 'logb']:
    print(name, [getattr(c, name)(Decimal(v)) for v in ['2.000', '-1234567.89', '1E-10']])
for name in ['add', 'subtract', 'multiply', 'divide', 'divide_int', 'remainder', 'divmod', 'power', 'quantize',
             'max', 'min', 'compare', 'same_quantum', 'copy_sign', 'scaleb']:
    print(name, [getattr(c, name)(Decimal(a), Decimal(b)) for a, b in [('7.5', '2'), ('-1E+3', '0.3'), ('2', '-2')]])
print(c.power(7, 5, 13), c.fma(2, 3, 4), c.radix(), c.create_decimal('1.2345678'), bool(c.flags[Inexact]))
print(Decimal(2) ** Decimal('0.5'), Decimal('1.1') ** 100, Decimal(-8) ** Decimal(1) / 3, pow(Decimal(3), 4, 5))
print(Decimal(0) ** 0, Decimal(0) ** -1, Decimal('-2') ** Decimal('0.5'), Decimal('Inf') ** -1)
