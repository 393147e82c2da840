class A:
    def who(self): return 'A'
class B:
    def who(self): return 'B'
a = A()
a.v = 1
a.__class__ = B
print(a.who(), type(a).__name__, a.v)
try:
    a.__class__ = int
except TypeError as e:
    print(e)
try:
    (1).__class__ = bool
except TypeError as e:
    print(e)
class S1:
    __slots__ = ('a',)
class S2:
    __slots__ = ('a',)
class S3:
    __slots__ = ('b',)
s = S1()
s.__class__ = S2
print(type(s).__name__)
try:
    s.__class__ = S3
except TypeError as e:
    print(e)
