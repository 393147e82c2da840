# Attributes of builtin types that dir() shows: enumerate[...] (PEP 585),
# super's __self_class__, memoryview without __class_getitem__ in 3.11.
print(enumerate[int], enumerate[int].__origin__ is enumerate, list(enumerate['abc'.upper()] .__args__))
try:
    memoryview[int]
except TypeError as e:
    print('TypeError', e)
print(hasattr(memoryview, '__class_getitem__'))


class A:
    pass


class B(A):
    def f(self):
        return (super(B, self).__self_class__, super(A, B()).__self_class__, super(B, B).__self_class__,
                super(B).__self_class__, super().__self_class__, super().__thisclass__)

    @classmethod
    def g(cls):
        return super().__self_class__, super().__self__


print(B().f())
print(B.g())
print(type(super.__dict__['__self_class__']).__name__)
