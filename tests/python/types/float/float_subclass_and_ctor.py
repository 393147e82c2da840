class F(float):
    def __repr__(self): return 'F(' + super().__repr__() + ')'
f = F(2.5)
print(f, repr(f), f + 1, type(f + 1).__name__, type(-f).__name__, type(abs(f)).__name__, f == 2.5, hash(f) == hash(2.5))
print(float(F(1.5)), type(float(F(1.5))).__name__)
class WithFloat:
    def __float__(self): return 1.25
class BadFloat:
    def __float__(self): return 1
print(float(WithFloat()))
try:
    float(BadFloat())
except TypeError as e:
    print(e)
print(float.__new__(F, 3).__class__.__name__)
