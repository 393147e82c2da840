class A:
    def who(self):
        return __class__
    def sup(self):
        return super().name()
    def name(self):
        return 'A'
class B(A):
    def name(self):
        return 'B->' + super().name()
print(A().who().__name__, B().who().__name__, B().name())
class C:
    def f(self):
        return __class__.__name__
    def g(self):
        return [__class__ for _ in range(1)]
print(C().f(), C().g()[0].__name__)
def outside(self):
    return super().name()
class D(A):
    name = outside
try:
    D().name()
except RuntimeError as e:
    print(type(e).__name__, e)
