# A slot wrapper stored under another dunder name is an ordinary callable
# (IntEnum.__str__ = int.__repr__); join of one exact str returns it; the
# iterator types cannot be instantiated; \U escapes beyond U+10FFFF.
import enum

class Int(enum.IntEnum):
    IDES = 15
class Float(float, enum.Enum):
    PI = 3.1415926
class Str(enum.StrEnum):
    ABC = 'abc'
print(str(Int.IDES), '%s' % Int.IDES, '...%(foo)s...' % {'foo': Int.IDES}, '...%(foo)r...' % {'foo': Int.IDES},
      format(Int.IDES), '{}'.format(Int.IDES), repr(Int.IDES), f'{Int.IDES}')
print('%s, %s, %d, %i, %u, %f, %5.2f' % (Str.ABC, Str.ABC, Int.IDES, Int.IDES, Int.IDES, Float.PI, Float.PI))
class A(int):
    __str__ = int.__repr__
    def __repr__(self):
        return 'A!'
class B(list):
    __repr__ = list.__len__
print(str(A(3)), repr(A(3)), format(A(4)))
try:
    repr(B([1, 2]))
except TypeError as e:
    print('TypeError', e)

s = 'abcd'
print(''.join([s]) is s, '-'.join([s]) is s, ''.join([s, '']) == s)
class S(str):
    pass
t = S('abcd')
r = ''.join([t])
print(r is t, type(r).__name__, r)

for o in (iter([]), iter(''), iter('\U0001f680'), iter({}), {}.keys(), {}.values(), {}.items(), iter({}.items()),
          iter(range(3)), reversed([]), iter(()), iter(b''), iter(bytearray()), iter(set()), iter(int, 1)):
    try:
        type(o)()
    except TypeError as e:
        print(type(o).__name__, 'TypeError', e)

for src in ("'\\Ufffffffe'", "'\\Uffffffff'", "'\\U%08x'" % 0x110000, "'\\U0010ffff'", "b'\\Uffffffff'", "r'\\u0020'"):
    try:
        print(ascii(eval(src)))
    except SyntaxError as e:
        print('SyntaxError', e)
