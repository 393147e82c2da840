class A:
    def __eq__(self, o):
        return 'A.__eq__'
class B(A):
    def __eq__(self, o):
        return 'B.__eq__'
print(A() == B(), B() == A(), 1 == A(), A() == 1)
class C:
    def __lt__(self, o): return 'C.lt'
    def __gt__(self, o): return 'C.gt'
print(1 < C(), 1 > C(), C() < 1)
