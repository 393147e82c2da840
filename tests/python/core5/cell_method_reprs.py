import re
def f():
    x = 1; y = None
    def g(): return x, y
    return g.__closure__
c = f()
print(re.sub('0x[0-9a-f]+', 'X', repr(c[0])), re.sub('0x[0-9a-f]+', 'X', repr(c[1])))
import types
e = types.CellType()
print(re.sub('0x[0-9a-f]+', 'X', repr(e)))
C = types.CellType
print(C(2) < C(3), C() < C(1), C(1) < C(), C() == C(), C(1) == C(1), C(1) != C(2), C() <= C())
try: C(1) < C('a')
except TypeError as ex: print(ex)
print(C(1) == 1, C(1).__eq__(1))
print(re.sub('0x[0-9a-f]+', 'X', repr(classmethod(len))), repr(staticmethod(len)), repr(staticmethod(3)))
class K(classmethod): pass
print(repr(K(len)))
class A:
    @classmethod
    @classmethod
    def f(cls): return cls
    def m(self):
        "doc of m"
    @property
    def p(self): pass
print(A.f() is A, A().f() is A)
print(A().m.__doc__)
A.m.known = 5
print('known' in dir(A().m), A().m.known)
