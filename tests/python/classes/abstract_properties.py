import abc
class Shape(abc.ABC):
    @property
    @abc.abstractmethod
    def area(self): ...
    @abc.abstractmethod
    def name(self): ...
try:
    Shape()
except TypeError as e:
    print(e)
class Sq(Shape):
    def __init__(self, s): self.s = s
    @property
    def area(self): return self.s ** 2
    def name(self): return 'square'
print(Sq(3).area, Sq(3).name(), Shape.__abstractmethods__ == frozenset({'area', 'name'}))
