# Binary operators of Python classes called directly (same class, or an
# int/float right operand), with NotImplemented finishing the protocol.
class V:
    def __init__(self, x): self.x = x
    def __add__(self, o):
        if isinstance(o, V): return V(self.x + o.x)
        return NotImplemented
    def __mul__(self, k): return V(self.x * k)
    def __rmul__(self, k): return V(self.x * k * 10)
    def __sub__(self, o): return NotImplemented
    def __repr__(self): return "V(%r)" % self.x
a, b = V(1), V(2)
print(a + b, a * 3, 3 * a, a * 2.5)
for e in [lambda: a + 1, lambda: a - b, lambda: a - 1.0, lambda: 1 + a]:
    try: print(e())
    except TypeError as ex: print(type(ex).__name__, ex)
a += b
print(a)
class W(V):
    def __radd__(self, o): return "W.radd"
print(V(1) + W(2))
