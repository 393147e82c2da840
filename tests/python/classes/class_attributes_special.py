class A:
    "A doc"
class B(A):
    pass
print(A.__doc__, B.__doc__, B.__base__.__name__)
print(A.__dict__['__doc__'], '__doc__' in B.__dict__)
print(type(A.__dict__).__name__)
try:
    A.__dict__['x'] = 1
except TypeError as e:
    print(e)
A.x = 1
print(B.x, vars(A)['x'])
print(A.__subclasses__() == [B])
print(object.__bases__, type.__bases__, type(type) is type, type(object))
