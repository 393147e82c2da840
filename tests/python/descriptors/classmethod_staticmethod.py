class C:
    @classmethod
    def make(cls, v):
        return cls, v
    @staticmethod
    def add(a, b):
        return a + b
class D(C):
    pass
print(D.make(1)[0].__name__, D().make(2)[0].__name__, C.add(1, 2), C().add(3, 4))
cm = C.__dict__['make']
print(cm.__get__(None, D)(5)[0].__name__)
sm = C.__dict__['add']
print(sm.__get__(None, C)(5, 6), callable(sm))
print(staticmethod(len)('abc'))
print(cm.__func__.__name__, sm.__wrapped__.__name__)
class E:
    @classmethod
    @property
    def cp(cls):
        return 'class property of ' + cls.__name__
print(E.cp)
