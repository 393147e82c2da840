# Descriptor details: docs and kinds of builtin descriptors, slot wrapper
# qualnames, special methods looked up once through a descriptor,
# __length_hint__ asked by list(), __slotnames__ in object.__getstate__,
# weak __subclasses__, and object.__new__ stored in a class dict.
import copyreg, gc, io, math, sys

print(complex.real.__doc__, '|', complex.imag.__doc__, type(complex.real).__name__)
for n in ('closed', 'closefd', 'mode'):
    print(n, getattr(io.FileIO, n).__doc__)
for d in (str.lower, complex.real, float.real, int.__add__, (1).__add__):
    print(type(d).__name__, d.__qualname__)
try:
    (1j).real = 2
except AttributeError as e:
    print(e)

record = []
class SpecialDescr:
    def __init__(self, impl):
        self.impl = impl
    def __get__(self, obj, owner):
        record.append(1)
        return self.impl.__get__(obj, owner)
def zero(self): return 0
def iden(self): return self
def stop(self): raise StopIteration
def return_true(self, thing=None): return True
for name, runner, impl, env in [
        ("__length_hint__", list, zero, {"__iter__": iden, "__next__": stop}),
        ("__instancecheck__", lambda o: isinstance(int, o), return_true, {}),
        ("__subclasscheck__", lambda o: issubclass(int, o), return_true, {}),
        ("__floor__", math.floor, zero, {})]:
    record.clear()
    class X: pass
    for k, v in env.items():
        setattr(X, k, v)
    setattr(X, name, SpecialDescr(impl))
    print(name, runner(X()), record)

class Hint:
    def __init__(self, h): self.h = h
    def __iter__(self): return iter([1, 2])
    def __length_hint__(self):
        if isinstance(self.h, Exception):
            raise self.h
        return self.h
for h in (3, NotImplemented, -1, 'x', TypeError('t'), ValueError('v')):
    try:
        print(list(Hint(h)))
    except Exception as e:
        print(type(e).__name__, e)

class S(str): pass
class A:
    __slotnames__ = [S('spam')]
    def __getattr__(self, attr):
        if attr == 'spam':
            A.__slotnames__[:] = [S('spam')]
            return 42
        raise AttributeError
r = A().__reduce_ex__(2)
print(r[0] is copyreg.__newobj__, r[1:])
class E:
    __slotnames__ = ['a', 'b']
e = E(); e.a = 5
print(e.__getstate__())
class D:
    __slotnames__ = ('a',)
try:
    D().__reduce_ex__(2)
except TypeError as e:
    print(e)

class Parent: pass
class Child(Parent): pass
print(Parent.__subclasses__())
del Child
gc.collect()
print(Parent.__subclasses__())

class A:
    def __new__(cls, *args, **kwargs):
        raise AssertionError
class B(A):
    __new__ = object.__new__
    def __init__(self, foo):
        self.foo = foo
for i in range(3):
    try:
        print(B(3).foo)
    except TypeError as e:
        print(e)
class C:
    __new__ = object.__new__
    def __init__(self, foo):
        self.foo = foo
print(C(4).foo)
