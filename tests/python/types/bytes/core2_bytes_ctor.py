# bytes/bytearray construction, item access and repetition corner cases.
import sys, subprocess

def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)

for T in (bytes, bytearray):
    b = T(b'abc')
    for f in (lambda: T([-sys.maxsize - 2]), lambda: T([sys.maxsize + 1]), lambda: T([2**100]), lambda: T([256]),
              lambda: sys.maxsize + 1 in b, lambda: -1 in b, lambda: b[sys.maxsize + 1], lambda: b[-sys.maxsize - 2],
              lambda: b['x'], lambda: b.find(sys.maxsize + 1), lambda: b.count(2**70), lambda: b.index(-1),
              lambda: b.translate(None, None), lambda: b.translate(None, b'a'), lambda: T(-1), lambda: T(sys.maxsize + 1),
              lambda: T.__doc__ is None, lambda: T([1, 2, 3.0]), lambda: T('abc'), lambda: T(5, 'utf-8'),
              lambda: b * (2**62), lambda: b * (2**50), lambda: b * 1 is b, lambda: 1 * b is b, lambda: b * 2,
              lambda: T.fromhex('1a2B30')):
        show(f)

print(bytes(b'xyz').__bytes__(), bytes(b'q') is bytes(b'q').__bytes__())

class X:
    def __index__(self):
        a.clear()
        return 42
a = [X(), X()]
print(bytes(a), bytearray([X(), X()]) if not a.extend([X(), X()]) else None)
class Y:
    def __index__(self):
        if len(a) < 100:
            a.append(self)
        return 42
a = [Y()]
print(len(bytes(a)))

class OtherBytes(bytes):
    pass
class A:
    def __bytes__(self):
        return OtherBytes(b'abc')
print(type(bytes(A())).__name__, bytes(A()))
class B(bytes):
    pass
print(type(B(A())).__name__, B(A()))
class C(str):
    def __bytes__(self):
        return b'abc'
print(bytes(C('\u20ac')), bytes(C('\u20ac'), 'iso8859-15'))
class Blocked(list):
    __bytes__ = None
class IntBlocked(int):
    __bytes__ = None
class BytesBlocked(bytes):
    __bytes__ = None
class BufferBlocked(bytearray):
    __bytes__ = None
for v in (Blocked([1]), IntBlocked(3), BytesBlocked(b'ab'), BufferBlocked(b'ab')):
    show(lambda: bytes(v))
class None_:
    def __bytes__(self):
        return None
show(lambda: bytes(None_()))

for base in (bytes, bytearray):
    class B1(base):
        def __new__(cls, value):
            me = base.__new__(cls, value)
            me.foo = 'bar'
            return me
    class B2(base):
        def __init__(me, *args, **kwargs):
            if base is not bytes:
                base.__init__(me, *args, **kwargs)
            me.foo = 'bar'
    for cls in (B1, B2):
        r = cls.fromhex('1a2B30')
        print(type(r).__name__, r, r.foo)

b = bytearray(range(10))
b[1:-1:2] = b''
print(b)
m = memoryview(b)
try:
    b[1:-1:2] = b''
except BufferError as e:
    print('BufferError', e)
print(b)
m.release()
try:
    b[::2] = b'xy'
except ValueError as e:
    print('ValueError', e)

x = bytearray(b'abc')
class Shrink:
    def __index__(self):
        x.clear()
        return 7
try:
    x[0] = Shrink()
except IndexError as e:
    print('IndexError', e, x)
x = bytearray(b'abc')
x[-1] = 100
print(x)
del x[-3]
print(x)
ba = bytearray()
print(ba.__alloc__())
ok = True
for i in range(50):
    ba += b'x'
    ok = ok and ba.__alloc__() > len(ba)
print(ok)
b = bytearray()
def g():
    for i in range(1, 20):
        yield i
        assert list(b) == list(range(1, len(b) + 1)) and len(b) <= i
b.__init__(g())
print(list(b))
b = bytearray(b'abc')
try:
    b.__init__(5, 'x')
except TypeError as e:
    print('TypeError', e, b)
x = bytearray(b'ab')
try:
    x *= 2**62
except MemoryError:
    print('MemoryError')

code = '''
import sys
for f in (lambda: ''.encode('utf8', 'bogus'), lambda: b''.decode('utf8', 'bogus'), lambda: bytes('', 'bogus'),
          lambda: bytearray('', 'ascii', 'bogus'), lambda: b''.decode(encoding='bogus')):
    try:
        print(f())
    except LookupError as e:
        print('LookupError', e)
'''
print(subprocess.run([sys.executable, '-X', 'dev', '-c', code], capture_output=True, text=True).stdout)
