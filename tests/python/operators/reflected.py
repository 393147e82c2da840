class R:
    def __init__(self, tag): self.tag = tag
    def __radd__(self, o): return f'radd({o!r}, {self.tag})'
    def __rsub__(self, o): return f'rsub({o!r})'
    def __rmul__(self, o): return f'rmul({o!r})'
    def __rtruediv__(self, o): return 'rtruediv'
    def __rfloordiv__(self, o): return 'rfloordiv'
    def __rmod__(self, o): return 'rmod'
    def __rdivmod__(self, o): return 'rdivmod'
    def __rpow__(self, o): return f'rpow({o})'
    def __rlshift__(self, o): return 'rlshift'
    def __rrshift__(self, o): return 'rrshift'
    def __rand__(self, o): return 'rand'
    def __ror__(self, o): return 'ror'
    def __rxor__(self, o): return 'rxor'
    def __rmatmul__(self, o): return 'rmatmul'
r = R('r')
print(1 + r, 'a' - r, [1] * r, 1 / r, 1 // r, 1 % r, divmod(1, r))
print(2 ** r, 1 << r, 1 >> r, 1 & r, 1 | r, 1 ^ r, 1 @ r)
print(pow(2, r))
try:
    pow(2, r, 5)
except TypeError as e:
    print(e)
