# Operations under the maximum context (precision MAX_PREC): exact results
# stay cheap; inexact ones fail as the C module's do.
from decimal import *

maxcontext = Context(prec=MAX_PREC, Emin=MIN_EMIN, Emax=MAX_EMAX)
with localcontext(maxcontext):
    print(Decimal(0).exp(), Decimal(1).ln(), Decimal(1).log10(), Decimal(10**2).log10(), Decimal(10**223).log10())
    print(Decimal(10**19).logb(), Decimal(4).sqrt(), Decimal("40E9").sqrt(), divmod(Decimal(10), 3), Decimal(10) // 3)
    print(Decimal(4) / 2, Decimal(400) ** -1, Decimal(1) / 8, Decimal('1.5') * Decimal('2.25'), Decimal(2) ** 100)
    for name, f in [('exp', lambda: Decimal(2).exp()), ('sqrt', lambda: Decimal(3).sqrt()), ('div', lambda: Decimal(1) / 3)]:
        try:
            print(name, f())
        except Exception as e:
            print(name, type(e).__name__)
