# super() argument count, __classcell__ set before a metaclass's mro()
# runs methods, metaclass __new__ returning a non-class, sequences
# without __radd__.
try:
    super(1, 2, 3)
except TypeError as e:
    print('TypeError', e)
ns = None


class Meta(type):
    def __new__(cls, name, bases, namespace):
        global ns
        ns = namespace
        return None


class A(metaclass=Meta):
    @staticmethod
    def f():
        return __class__


print(A)
B = type('B', (), ns)
print(B.f() is B)
seen = []


class MroMeta(type):
    def mro(self):
        if '__qualname__' not in dir(self) or True:
            try:
                seen.append(self.__dict__['g']() is None)
            except Exception as e:
                seen.append(type(e).__name__)
        return type.mro(self)


class C(metaclass=MroMeta):
    def g():
        return __class__


print(seen, C.g() is C)
for t in (list, tuple, str, bytes, bytearray):
    print(t.__name__, hasattr(t, '__radd__'), hasattr(t, '__rmul__'), hasattr(t, '__add__'))
