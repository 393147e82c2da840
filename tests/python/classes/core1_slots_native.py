# __slots__ in subclasses of builtin types: where the values live, whether
# a __dict__ exists, and the variable-sized bases that refuse them.
for b in [int, float, complex, str, bytes, tuple, list, dict, set, frozenset,
          bytearray, type, BaseException, object, property]:
    try:
        class S(b):
            __slots__ = ['a']
    except TypeError as e:
        print(b.__name__, 'TypeError', e)
    else:
        s = S()
        try:
            s.a
        except AttributeError as e:
            print('AttributeError', e)
        s.a = 5
        print(b.__name__, 'slot', s.a, hasattr(s, '__dict__'))
        del s.a
        try:
            del s.a
        except AttributeError as e:
            print('AttributeError', e)
        try:
            s.b = 1
        except AttributeError as e:
            print('AttributeError', e)

        class T(S):
            pass
        t = T()
        t.a, t.x = 1, 2
        print(' sub', t.a, t.__dict__)

        try:
            class U(S):
                __slots__ = ('b', '__dict__')
        except TypeError as e:
            print(' TypeError', e)
        else:
            u = U()
            u.a, u.b, u.y = 1, 2, 3
            print(' sub with dict', u.a, u.b, u.__dict__)
    if b is not type:
        class D(b):
            pass
        d = D()
        d.x = 1
        print(' plain', d.__dict__)


class Number(complex):
    __slots__ = ['prec']

    def __new__(cls, *args, **kwds):
        result = complex.__new__(cls, *args)
        result.prec = kwds.get('prec', 12)
        return result

    def __repr__(self):
        if self.imag == 0.0:
            return "%.*g" % (self.prec, self.real)
        return "(%.*g+%.*gj)" % (self.prec, self.real, self.prec, self.imag)


a = Number(3.14, prec=6)
print(repr(a), a.prec)
a = Number(a, prec=2)
print(repr(a), a.prec)
print(repr(Number(234.5)), repr(Number(1, 2)))

try:
    class E(int):
        __slots__ = ('__dict__',)
except TypeError as e:
    print('TypeError', e)


class Empty(int):
    __slots__ = ()


try:
    class F(Empty):
        __slots__ = ('x',)
except TypeError as e:
    print('TypeError', e)


class Base:
    pass


class Meta1(type, Base):
    pass


class K(metaclass=Meta1):
    pass


descr = Base.__dict__['__dict__']
try:
    descr.__set__(K, {})
except AttributeError as e:
    print('AttributeError', e)
print(sorted(descr.__get__(K)))

for bases, slots in [((object,), ('__dict__', '__dict__')), ((Base,), ('__dict__',)),
                     ((object,), ('__weakref__', '__weakref__')),
                     ((Base,), ('__weakref__',)), ((BaseException,), ('__weakref__',)),
                     ((int,), ()), ((float,), ('__dict__', '__weakref__'))]:
    try:
        X = type('X', bases, {'__slots__': slots})
        print(bases[0].__name__, slots, hasattr(X(), '__dict__'))
    except TypeError as e:
        print(bases[0].__name__, slots, 'TypeError', e)
