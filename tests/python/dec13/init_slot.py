# Decimal construction without an __init__ slot: object.__init__ along the
# MRO, subclasses with and without __init__ or __new__, late changes.
from decimal import Decimal
class D(Decimal):
    pass
class E(Decimal):
    def __init__(self, *a, **k):
        print("E init", a, k)
class F(Decimal):
    def __new__(cls, v, extra):
        return super().__new__(cls, v)
class G(Decimal):
    def __init__(self, v):
        super().__init__(v)
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: Decimal.__init__ is object.__init__)
show(lambda: '__init__' in Decimal.__dict__)
show(lambda: Decimal.__init__(Decimal(1), 5, x=3))
show(lambda: D("1.5"))
show(lambda: D("1.5", None))
show(lambda: E("2.5"))
show(lambda: E("2.5", context=None))
show(lambda: F("3", 4))
show(lambda: G("7"))
show(lambda: object.__init__(Decimal(1), 2))
try:
    Decimal(1, None, 3)
except TypeError:
    print("TypeError")
show(lambda: Decimal(value="4", context=None))
D.__init__ = lambda self, *a: print("late init", a)
show(lambda: D("9"))
del D.__init__
show(lambda: D("10"))
show(lambda: type(Decimal(5)).__init__ is object.__init__)
