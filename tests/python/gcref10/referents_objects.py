# gc.get_referents of instances, classes, functions, generators,
# exceptions and descriptors.
import gc, types

class A:
    pass
a = A()
a.x = 1
a.y = 's'
print(gc.get_referents(a))
a.__dict__  # materialized: the dict is reported instead
print(gc.get_referents(a))

class S:
    __slots__ = ('p', 'q')
s = S()
s.p = 5
print(gc.get_referents(s))

class B:
    __slots__ = ('a',)
class C(B):
    __slots__ = ('b', '__dict__')
c = C()
c.a = 1
c.b = 2
c.z = 3
print(gc.get_referents(c))

class L(list):
    pass
l = L([1, 2])
l.a = 5
print(gc.get_referents(l))
class D(dict):
    pass
dd = D(x=1)
dd.a = 5
print(gc.get_referents(dd))
class T(tuple):
    pass
print(gc.get_referents(T((1, 2))))

# A class: its dict, MRO, bases and base.
r = gc.get_referents(A)
print([type(x).__name__ for x in r], r[0] is A.__dict__ or r[0] == dict(A.__dict__),
      r[1] == A.__mro__, r[2] == A.__bases__, r[3] is object)

def g(x, y=3, *, z=4):
    "doc"
    return x
r = gc.get_referents(g)
print(r[0] is g.__code__, r[1] is globals(), r[3:])

def outer():
    v = 7
    def inner():
        return v
    return inner
r = gc.get_referents(outer())
print([type(x).__name__ for x in r][3:], r[-2][0].cell_contents)

def gen():
    local = [1]
    yield local
it = gen()
r = gc.get_referents(it)
print([type(x).__name__ for x in r])
first = next(it)
r = gc.get_referents(it)
print(any(x is first for x in r))

class E(Exception):
    pass
try:
    raise E(1, 2)
except E as e:
    ex = e
print([type(x).__name__ for x in gc.get_referents(ex)])
print(gc.get_referents(property(len)))
print(gc.get_referents(types.SimpleNamespace(a=1, b=[])))
import sys
print(len(gc.get_referents(sys)), type(gc.get_referents(sys)[0]).__name__)
