# Three-argument pow with a class defining __pow__(self, other, modulo):
# the class is asked first; __rpow__ is never used with a modulus.
from decimal import Decimal as D
print(pow(D(3), 4, 5), pow(D(2), 10, D(1000)))
class P:
    def __pow__(self, o, m=None):
        return ("pow", o, m)
    def __rpow__(self, o, m=None):
        return ("rpow", o, m)
print(pow(P(), 2, 3), pow(P(), 2), pow(2, P()))
try:
    print(pow(2, P(), 3))
except TypeError as e:
    print(e)
class I(int):
    pass
print(pow(I(3), 2, 5), type(pow(I(3), 2, 5)).__name__)
class N:
    def __pow__(self, o, m=None):
        return NotImplemented
try:
    pow(N(), 2, 3)
except TypeError as e:
    print(e)
class Q:
    def __pow__(self, o):
        return "two-arg only"
try:
    pow(Q(), 2, 3)
except TypeError as e:
    print(e)
