class Meta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0
    def __subclasscheck__(cls, sub):
        return sub.__name__.startswith('Even')
class Even(metaclass=Meta): pass
class EvenMore: pass
class Odd: pass
print(isinstance(4, Even), isinstance(3, Even), isinstance('4', Even))
print(issubclass(EvenMore, Even), issubclass(Odd, Even))
print(isinstance(Even(), Even))
print(isinstance(4, (str, Even)))
class Checker:
    def __instancecheck__(self, obj):
        return True
try:
    print(isinstance(1, Checker()))
except TypeError as e:
    print(e)
try:
    issubclass(1, int)
except TypeError as e:
    print(e)
try:
    isinstance(1, 'int')
except TypeError as e:
    print(e)
