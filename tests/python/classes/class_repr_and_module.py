class C:
    pass
print(repr(C), str(C), C.__module__, repr(int), repr(type), repr(object))
class Meta(type):
    pass
class D(metaclass=Meta):
    pass
print(repr(D), type(D))
def f():
    class Local:
        pass
    return Local
print(repr(f()))
