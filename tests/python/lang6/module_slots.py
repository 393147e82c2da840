# A module subclass with __slots__ keeps its slots; an empty slot reads as
# the module's missing attribute; __class__ assignment checks the layout.
from types import ModuleType
class M(ModuleType):
    __slots__ = ("a", "b")
    def __init__(self, name):
        super().__init__(name)
m = M("name")
try:
    m.a
except AttributeError as e:
    print("AE", e)
m.a, m.b = 1, 2
print(m.a, m.b, m.__dict__.get('a'))
import types
x = types.ModuleType('x')
try:
    x.__class__ = M
    print("assigned")
except TypeError as e:
    print("TE", e)
class N(types.ModuleType):
    pass
x.__class__ = N
print(type(x).__name__)
