class Base:
    def __add__(self, o): return 'Base.add'
    def __radd__(self, o): return 'Base.radd'
class Sub(Base):
    def __radd__(self, o): return 'Sub.radd'
class Sub2(Base):
    pass
print(Base() + Sub(), Sub() + Base(), Base() + Sub2())
class MyInt(int):
    def __radd__(self, o): return 'MyInt.radd'
    def __rsub__(self, o): return 'MyInt.rsub'
print(1 + MyInt(2), 5 - MyInt(1), MyInt(1) + 1)
class MyFloat(float):
    def __rmul__(self, o): return 'MyFloat.rmul'
print(2 * MyFloat(1.5), 2.0 * MyFloat(1.0))
