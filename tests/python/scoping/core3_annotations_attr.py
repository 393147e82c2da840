# __annotations__ of classes and modules: a class's own, created empty on
# first access (not inherited from its base), writable and deletable.
import types
class A:
    x: int
class B(A):
    pass
print(A.__annotations__, B.__annotations__, '__annotations__' in B.__dict__)
print(int.__dict__.get('__annotations__'))
try:
    int.__annotations__
except AttributeError as e:
    print(e)
try:
    int.__annotations__ = {}
except TypeError as e:
    print(e)
B.__annotations__ = {'y': 1}
print(B.__annotations__)
del B.__annotations__
try:
    del B.__annotations__
except AttributeError as e:
    print("AttributeError", e)
print(B.__annotations__)
print(B().__annotations__)
m = types.ModuleType('m')
print(m.__annotations__, '__annotations__' in m.__dict__)
m.__annotations__ = 5
print(m.__annotations__)
del m.__annotations__
try:
    del m.__annotations__
except AttributeError as e:
    print("AttributeError", e)
import json
print(json.__annotations__)
y: str = "s"
print(__annotations__)
class C(A):
    z: float
print(C.__annotations__)
