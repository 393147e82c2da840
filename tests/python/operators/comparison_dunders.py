class C:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print('eq', self.v, getattr(o, 'v', o))
        return isinstance(o, C) and self.v == o.v
    def __lt__(self, o):
        print('lt', self.v, o.v)
        return self.v < o.v
    def __le__(self, o): return NotImplemented
    def __ge__(self, o):
        print('ge', self.v, o.v)
        return self.v >= o.v
a, b = C(1), C(2)
print(a == b)
print(a != b)
print(a < b, a > b)
print(a <= b)
print(1 == a)
