class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
    def __get__(self, obj, typ=None):
        if obj is None:
            return self
        return f'{self.owner}.{self.name}'
class M:
    a = Field()
    b = Field()
print(M().a, M().b, M.a.name)
f = Field()
class N:
    pass
N.c = f
print(hasattr(f, 'name'))
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError('boom')
try:
    class Q:
        x = Bad()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None)
