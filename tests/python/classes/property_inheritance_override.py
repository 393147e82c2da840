class Base:
    @property
    def v(self): return 'base'
class Child(Base):
    @Base.v.getter
    def v(self): return 'child'
class Other(Base):
    v = 'plain attribute'
print(Child().v, Other().v, Base().v)
class Setter(Base):
    @Base.v.setter
    def v(self, val): self._v = val
s = Setter()
s.v = 3
print(s.v, s._v)
