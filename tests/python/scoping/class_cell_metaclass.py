class Meta(type):
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        return cls
class X(metaclass=Meta):
    def m(self):
        return __class__ is X
print(X().m())
class Y:
    def m(self):
        return __class__
    print('__classcell__' in dir())
print(Y().m() is Y)
