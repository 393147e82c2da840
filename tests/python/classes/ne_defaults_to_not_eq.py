class E:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
print(E(1) != E(1), E(1) != E(2))
class NEOnly:
    def __ne__(self, o): return 'custom ne'
print(NEOnly() != 1, NEOnly() == 1)
class EqNI:
    def __eq__(self, o): return NotImplemented
print(EqNI() != EqNI(), EqNI() == 5)
