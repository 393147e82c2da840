# exec/eval/compile of bytes sources (BOM, coding cookie, NUL), input()
# with a stdout lacking flush, and the ImportWarning of a relative import
# with no package information.
import io, sys, warnings

for s in [b'\xef\xbb\xbfa', b'\xef\xbba', b'\xef\xbb\xbf# coding: latin-1\na',
          b'# coding: latin-1\na', '\ufeffa', 'a\0', b'a\0', b'  \ta',
          bytearray(b'a'), memoryview(b'a'), 5]:
    for name, fn in (('compile', lambda s: compile(s, 'f', 'exec') and 'code'),
                     ('exec', lambda s: exec(s, {'a': 1})),
                     ('eval', lambda s: eval(s, {'a': 1}))):
        try:
            print(name, repr(fn(s)))
        except Exception as e:
            print(name, type(e).__name__, e)


class BitBucket:
    def write(self, line):
        pass


saved = sys.stdin, sys.stdout
try:
    sys.stdin = io.StringIO("first\nsecond\n")
    sys.stdout = BitBucket()
    a = input()
    b = input('prompt> ')
    sys.stdin = io.StringIO()
    try:
        input()
    except EOFError as e:
        c = str(e)
    del sys.stdout
    try:
        input('x')
    except RuntimeError as e:
        d = str(e)
    sys.stdout = BitBucket()
    del sys.stdin
    try:
        input('x')
    except RuntimeError as e:
        e1 = str(e)
finally:
    sys.stdin, sys.stdout = saved
print(a, b, c, d, e1)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    for g in [{'__package__': None, '__spec__': None, '__name__': '__main__'},
              {'__name__': 'pkgx.y'}, {'__package__': 'pkgx', '__name__': 'pkgx.y'}]:
        try:
            __import__('', g, {}, ('foo',), 1)
        except ImportError as e:
            print(type(e).__name__, e)
    for x in w:
        print(x.category.__name__, x.message)
