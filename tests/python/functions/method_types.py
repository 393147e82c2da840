class C:
    def inst(self):
        return 'inst', type(self).__name__
    @classmethod
    def cls(cls):
        return 'cls', cls.__name__
    @staticmethod
    def st(*a):
        return 'st', a
class D(C):
    pass
for obj in (C, D, C(), D()):
    print(obj.cls(), obj.st(1))
print(D().inst())
print(type(C.__dict__['cls']).__name__, type(C.__dict__['st']).__name__)
print(C.__dict__['st'].__func__(5))
