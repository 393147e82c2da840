for e in [Exception(), Exception('one'), Exception('a', 2), ValueError(None), KeyError('k'), KeyError(),
          KeyError('a', 'b'), IndexError(3), OSError(2, 'No such file'), StopIteration(5), SystemExit(3)]:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
e = OSError(2, 'msg', 'file.txt')
print(e.errno, e.strerror, e.filename, type(e).__name__, str(e))
print(StopIteration(7).value, SystemExit(4).code, SystemExit().code)
e = Exception('x')
e.args = ('changed', 1)
print(str(e))
print(repr(UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')))
print(str(UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')))
