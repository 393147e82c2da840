# BytesIO, StringIO, IncrementalNewlineDecoder and the abstract bases.
import _io

def err(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, e)

b = _io.BytesIO(b'hello\nworld\n')
print(b.read(2), b.read1(2), b.readline(), b.readlines(), b.read(), b.tell())
print(b.seek(0), b.readline(1), b.seek(-2, 2), b.read(), b.seek(3, 0), b.seek(2, 1))
print(b.write(b'XY'), b.getvalue(), b.seek(20), b.write(b'!'), b.getvalue())
print(b.truncate(5), b.getvalue(), b.tell(), b.getbuffer() == b'hello')
bb = bytearray(3)
b.seek(1)
print(b.readinto(bb), bb, list(_io.BytesIO(b'a\nb\nc')))
err(lambda: b.seek(-1))
err(lambda: b.seek(0, 3))
err(lambda: b.truncate(-1))
err(lambda: b.write('s'))
err(lambda: b.read(1.5))
print(b.readable(), b.writable(), b.seekable(), b.isatty(), b.closed)
print(b.__getstate__()[:2])
b.close()
print(b.closed)
for m in ['getvalue', 'read', 'tell', 'readable', 'flush', 'isatty']:
    err(getattr(b, m))
err(lambda: b.write(b'x'))
with _io.BytesIO(b'ctx') as c:
    print(c.read())
print(c.closed)

for nl in [None, '', '\n', '\r', '\r\n']:
    s = _io.StringIO('a\r\nb\rc\nd', newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), s.newlines)
s = _io.StringIO()
print(s.write('h\xe9llo \U0001f600\n'), s.tell(), s.seek(0), s.read(3), s.tell(), s.readline())
print(s.seek(10), s.write('x'), repr(s.getvalue()), s.truncate(4), repr(s.getvalue()), s.tell())
print(s.seek(0, 2), s.seek(0, 1), s.line_buffering, s.encoding, s.errors, s.newlines)
err(lambda: s.seek(-1))
err(lambda: s.seek(1, 1))
err(lambda: s.seek(0, 4))
err(lambda: s.truncate(-1))
err(lambda: s.write(b'x'))
err(lambda: _io.StringIO(b'x'))
err(lambda: _io.StringIO(newline='x'))
err(lambda: _io.StringIO(newline=3))
print(list(_io.StringIO('1\n2\n3')), _io.StringIO('q').readable())
s.close()
for m in ['getvalue', 'read', 'tell', 'readable']:
    err(getattr(s, m))
print(s.closed)

d = _io.IncrementalNewlineDecoder(None, translate=True)
print(repr(d.decode('a\r')), d.getstate(), repr(d.decode('\nb\rc', final=True)), d.newlines)
d.reset()
print(d.newlines, d.getstate())
d2 = _io.IncrementalNewlineDecoder(None, False)
print(repr(d2.decode('x\r\ny\r')), repr(d2.decode('')), repr(d2.decode('', True)), d2.newlines)
d2.setstate((b'', 1))
print(repr(d2.decode('z')))

# The abstract bases and Python subclasses of them.
print(_io._IOBase.__mro__, _io.FileIO.__mro__, _io.TextIOWrapper.__mro__)
class Raw(_io._RawIOBase):
    def __init__(self, data):
        self.data = data
    def readable(self):
        return True
    def readinto(self, b):
        n = min(len(b), len(self.data))
        b[:n] = self.data[:n]
        self.data = self.data[n:]
        return n
r = Raw(b'abc\ndef\nghi')
print(r.read(2), r.readline(), r.readall(), r.read(), r.closed)
r = Raw(b'x\ny\n')
print(list(r))
r.close()
print(r.closed, r.__dict__)
err(lambda: iter(r))
err(lambda: r.__enter__())
br = _io.BufferedReader(Raw(b'buffered raw\ndata'))
print(repr(br), br.readline(), br.read())
tw = _io.TextIOWrapper(_io.BufferedReader(Raw(b'text\nover raw')), encoding='utf-8')
print(tw.readlines())
base = _io._IOBase()
for m in ['seek', 'fileno', 'tell', 'truncate']:
    err(getattr(base, m))
print(base.readable(), base.writable(), base.seekable(), base.isatty(), base.closed)
err(lambda: base._checkReadable())
base.close()
print(base.closed)
err(lambda: base.flush())
err(lambda: _io._BufferedIOBase().read())
err(lambda: _io._BufferedIOBase().detach())
err(lambda: _io._TextIOBase().read())
err(lambda: _io._RawIOBase().read())
print(_io._TextIOBase().encoding, _io._TextIOBase().newlines)
print(issubclass(_io.UnsupportedOperation, OSError), issubclass(_io.UnsupportedOperation, ValueError))
print(_io.text_encoding(None), _io.text_encoding('latin-1'))
