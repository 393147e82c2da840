# The C module's own messages, reprs and signal lists (these differ from
# _pydecimal's, so this case checks that decimal is the _decimal module).
import decimal
from decimal import *

def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(decimal.__version__ if hasattr(decimal, '__version__') else '', decimal.__libmpdec_version__)
print(getcontext())
print(repr(getcontext().flags))
t('syntax', lambda: Decimal('abc'))
t('div0', lambda: Decimal(1) / 0)
t('undef', lambda: Decimal(0) / 0)
t('overflow', lambda: Decimal('1e999999') * 10)
t('impossible', lambda: Decimal(10**30) // Decimal('1e-10'))
t('add float', lambda: Decimal(1) + 1.5)
t('sNaN eq', lambda: Decimal('sNaN') == 1)
t('NaN lt', lambda: Decimal('NaN') < 1)
t('hash sNaN', lambda: hash(Decimal('sNaN')))
t('list', lambda: Decimal([1]))
t('tuple digits', lambda: Decimal((0, (1, 12), -1)))
t('tuple sign', lambda: Decimal((2, (1,), 0)))
t('tuple exp', lambda: Decimal((0, (1,), 'x')))
t('object', lambda: Decimal(object()))
t('prec', lambda: Context(prec=0))
t('rounding', lambda: Context(rounding='x'))
t('Emin', lambda: Context(Emin=1))
t('capitals', lambda: Context(capitals=2))
t('prec type', lambda: setattr(getcontext(), 'prec', 'a'))
t('flags list', lambda: setattr(getcontext(), 'flags', ['x']))
t('flags dict', lambda: setattr(getcontext(), 'flags', {}))
t('ctor flags', lambda: Context(flags=['x']))
t('int nan', lambda: int(Decimal('nan')))
t('int inf', lambda: int(Decimal('-inf')))
t('round nan', lambda: round(Decimal('nan')))
t('ratio', lambda: Decimal('inf').as_integer_ratio())
t('float snan', lambda: float(Decimal('snan')))
t('quantize', lambda: Decimal('1.5').quantize(Decimal('1e-30')))
t('format', lambda: format(Decimal(1), 'x'))
t('format #', lambda: format(Decimal(1), '#.2f'))
t('from_float', lambda: Decimal.from_float('1'))
t('context arg', lambda: Decimal(1).exp(context=5))
t('conversion', lambda: Decimal(1).compare('1'))
t('setcontext', lambda: setcontext(5))
t('localcontext', lambda: localcontext(foo=1))
t('delete', lambda: delattr(getcontext(), 'prec'))
t('canonical', lambda: getcontext().canonical(1))
print(Decimal.__text_signature__ if hasattr(Decimal, '__text_signature__') else '')
import inspect
print(inspect.signature(Decimal), inspect.signature(Context.power), inspect.signature(localcontext))
