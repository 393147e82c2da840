class Data:
    def __init__(self): self.store = {}
    def __get__(self, obj, owner):
        if obj is None:
            return 'on class ' + owner.__name__
        return self.store.get(id(obj), 'unset')
    def __set__(self, obj, v):
        self.store[id(obj)] = v * 2
    def __delete__(self, obj):
        self.store.pop(id(obj))
class C:
    d = Data()
c = C()
print(c.d, C.d)
c.d = 5
print(c.d, c.__dict__)
del c.d
print(c.d)
try:
    del c.d
except KeyError as e:
    print('KeyError')
