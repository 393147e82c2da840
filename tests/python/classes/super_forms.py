class A:
    def f(self): return 'A.f'
    @classmethod
    def c(cls): return 'A.c ' + cls.__name__
class B(A):
    def f(self): return 'B.f>' + super(B, self).f()
    @classmethod
    def c(cls): return 'B.c>' + super().c()
class C(B):
    def f(self): return 'C.f>' + super(B, self).f()
print(C().f(), B.c(), C.c())
print(super(C, C()).f())
s = super(B, B())
print(type(s).__name__)
try:
    super(int, 'x')
except TypeError as e:
    print(e)
class D(A):
    def f(self):
        return super().missing()
try:
    D().f()
except AttributeError as e:
    print(e)
print(super(A, A()).__str__.__name__)
