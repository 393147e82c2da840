class Temp:
    def __init__(self): self._c = 0
    @property
    def celsius(self):
        "the temperature"
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError('too cold')
        self._c = v
    @celsius.deleter
    def celsius(self):
        self._c = None
t = Temp()
t.celsius = 25
print(t.celsius, Temp.celsius.__doc__)
try:
    t.celsius = -300
except ValueError as e:
    print(e)
del t.celsius
print(t.celsius)
class RO:
    @property
    def x(self): return 1
try:
    RO().x = 2
except AttributeError as e:
    print(e)
try:
    del RO().x
except AttributeError as e:
    print(e)
p = property()
class E:
    y = p
try:
    E().y
except AttributeError as e:
    print(e)
