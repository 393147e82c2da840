# OSError construction, the errno-to-subclass mapping, str, args and reduce.
for a in [(), (1,), (2, 'x'), (2, 'x', 'f'), (2, 'x', 'f', None, 'g'), (2, 'x', None),
          (2, 'x', None, None, 'g'), (1, 2, 3, 4, 5, 6), ('a', 'b'), (2, 'x', 'f', 5), (2.0, 'x'),
          (True, 'p'), (2, 'x', b'f')]:
    e = OSError(*a)
    print(type(e).__name__, repr(e), '|', str(e), '|', e.args, e.errno, e.strerror, e.filename, e.filename2)
    print('  ', e.__reduce__())

codes = [1, 2, 3, 4, 10, 11, 13, 17, 20, 21, 32, 103, 104, 108, 110, 111, 114, 115, 22, 5]
print([type(OSError(c, 'm')).__name__ for c in codes])
print(type(FileNotFoundError(13, 'x')).__name__, type(PermissionError(2, 'x')).__name__)

b = BlockingIOError(11, 'x', 5)
print(b.characters_written, b.args, str(b), b.filename)
b.characters_written = 7
print(b.characters_written)
del b.characters_written
try:
    b.characters_written
except AttributeError as e:
    print('AttributeError', e)
try:
    BlockingIOError(11, 'x').characters_written
except AttributeError as e:
    print('AttributeError', e)

e = OSError(2, 'x')
e.errno = 5
print(e, e.errno)
e.filename = 'zz'
print(e, e.args)
e.filename2 = 'yy'
print(e)
e.strerror = None
print(e)

class M(OSError):
    def __init__(self, *a):
        print('init', a)
m = M(2, 'x')
print(type(m).__name__, m.errno, m.args)

class N(OSError):
    def __init__(self, a, b):
        super().__init__(a, b, 'file')
n = N(2, 'y')
print(type(n).__name__, n, n.errno, n.filename, n.args)

class P(OSError):
    pass
p = P(2, 'z', 'q')
print(type(p).__name__, p, p.errno, p.args)

try:
    OSError(2, 'x', kw=1)
except TypeError as e:
    print('TypeError', e)

try:
    raise FileNotFoundError(2, 'No such file or directory', 'missing.txt')
except OSError as e:
    print(isinstance(e, FileNotFoundError), e)
print(issubclass(BrokenPipeError, ConnectionError), IOError is OSError, EnvironmentError is OSError)
