class Base:
    def __new__(cls, *args):
        obj = super().__new__(cls)
        obj.log = ['new ' + cls.__name__]
        return obj
    def __init__(self, v):
        self.log.append('init %r' % (v,))
class Child(Base):
    def __init__(self, v):
        super().__init__(v * 2)
        self.log.append('child')
print(Child(3).log)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print(e)
class WeirdNew:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never')
print(WeirdNew())
try:
    object.__new__(int)
except TypeError as e:
    print(e)
class R:
    def __init__(self):
        return 5
try:
    R()
except TypeError as e:
    print(e)
