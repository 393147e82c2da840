# decimal's types refuse weak references as CPython's do; subclasses
# defined in Python accept them.
import decimal
import weakref

for obj in [decimal.Decimal("1.5"), decimal.Decimal(10**40), decimal.Context(), decimal.localcontext()]:
    try:
        weakref.ref(obj)
        print(type(obj).__name__, "weakref ok")
    except TypeError as e:
        print(type(obj).__name__, "TypeError:", e)


class Money(decimal.Decimal):
    pass


m = Money("2.50")
r = weakref.ref(m)
print(r() is m, r() + 1)
try:
    decimal.Decimal(1).__class__ = Money
except TypeError as e:
    print("TypeError:", e)
print(hasattr(decimal.Decimal(1), "__weakref__"), hasattr(m, "__weakref__"))
