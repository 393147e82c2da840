class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class Config(metaclass=Singleton):
    def __init__(self, v=0):
        self.v = v
a = Config(1)
b = Config(2)
print(a is b, a.v)
class NoInstances(type):
    def __call__(cls, *a):
        raise TypeError(f'cannot instantiate {cls.__name__}')
class Static(metaclass=NoInstances):
    pass
try:
    Static()
except TypeError as e:
    print(e)
