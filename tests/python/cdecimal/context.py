# decimal contexts: attributes and their validation, repr, flags and traps
# as signal dicts, localcontext, setcontext, the templates, copy and
# pickling, and the signal classes' hierarchy.
import decimal
import pickle
import copy
from decimal import *

def show(ctx):
    """A context's settings and its set flags and traps, in a fixed order."""
    on = lambda d: sorted(k.__name__ for k, v in d.items() if v)
    return (ctx.prec, ctx.rounding, ctx.Emin, ctx.Emax, ctx.capitals, ctx.clamp, on(ctx.flags), on(ctx.traps))

def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__)

print(show(getcontext()))
print(show(DefaultContext), show(BasicContext), show(ExtendedContext), sep='\n')
print(repr(Context(traps=[], flags=[])))
c = Context(prec=7, rounding=ROUND_DOWN, Emin=-9, Emax=9, capitals=0, clamp=1, flags=[Inexact], traps=[Overflow])
print(show(c))
print(c.prec, c.rounding, c.Emin, c.Emax, c.capitals, c.clamp, c.Etiny(), c.Etop())
for attr, v in [('prec', 0), ('prec', 'x'), ('Emin', 1), ('Emax', -1), ('capitals', 2), ('clamp', -1),
                ('rounding', 'x'), ('rounding', 3), ('prec', 5)]:
    t('set %s=%r' % (attr, v), lambda: setattr(c, attr, v) or getattr(c, attr))
t('del prec', lambda: delattr(c, 'prec'))
for r in [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]:
    c.rounding = r
    print(r, [str(c.create_decimal(s)) for s in ('1.23456789', '-1.23456789', '2.5000005', '-7.77777750', '1.00000051')])
print(sorted(k.__name__ for k, v in c.flags.items() if v))
print(bool(c.flags[Inexact]), bool(c.traps[Overflow]), len(c.flags), Rounded in c.traps)
c.clear_flags()
c.clear_traps()
print(show(c))
c.traps[DivisionByZero] = True
t('div0', lambda: c.divide(Decimal(1), Decimal(0)))
c.traps[DivisionByZero] = False
print(c.divide(Decimal(1), Decimal(0)), bool(c.flags[DivisionByZero]))
t('bad key', lambda: c.flags['x'])
c2 = c.copy()
c2.prec = 3
print(c.prec, c2.prec, copy.copy(c).prec)
p = pickle.loads(pickle.dumps(c))
print(show(p))
print(Context(**{'prec': 4}).prec, Context().prec)

with localcontext() as lc:
    lc.prec = 4
    print(Decimal(1) / 7, getcontext() is lc)
print(Decimal(1) / 7)
with localcontext(Context(prec=2, traps=[])) as lc:
    print(Decimal(1) / 3, Decimal(1) / 0)
with localcontext(prec=3, rounding=ROUND_UP) as lc:
    print(Decimal(1) / 3, lc.prec, lc.rounding)
old = getcontext()
setcontext(Context(prec=5))
print(Decimal(2).sqrt(), getcontext().prec)
setcontext(old)
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(FloatOperation, TypeError),
      issubclass(Underflow, Subnormal), issubclass(Overflow, Rounded), issubclass(InvalidOperation, ArithmeticError),
      issubclass(ConversionSyntax, InvalidOperation), issubclass(DivisionUndefined, ZeroDivisionError))
for cls in [DecimalException, Clamped, InvalidOperation, DivisionByZero, Inexact, Rounded, Subnormal, Overflow,
            Underflow, FloatOperation]:
    print(cls.__name__, cls.__module__, [b.__name__ for b in cls.__bases__])
print(MAX_PREC, MAX_EMAX, MIN_EMIN, MIN_ETINY, HAVE_THREADS)
with localcontext() as lc:
    lc.traps[FloatOperation] = True
    t('float ctor', lambda: Decimal(1.5))
    t('float lt', lambda: Decimal(1) < 1.5)
    print(Decimal(1) == 1.5, Decimal.from_float(1.5), lc.create_decimal_from_float(0.1))
    lc.traps[FloatOperation] = False
    print(Decimal(1.5), bool(lc.flags[FloatOperation]))
