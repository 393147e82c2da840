# Python subclasses of the _io classes and of the abstract bases, and raw
# or buffered streams written in Python under the buffered and text layers.
import _io
class T(_io.TextIOWrapper):
    def write(self, s):
        return super().write(s.upper())
b = _io.BytesIO()
t = T(b, encoding='utf-8')
print(repr(t), t.write('abc\n'), print('print goes through write', file=t))
t.flush()
print(b.getvalue())
class BR(_io.BufferedReader):
    def readline(self, size=-1):
        line = super().readline(size)
        return b'<' + line + b'>' if line else line
br = BR(_io.BytesIO(b'l1\nl2\n'))
print(repr(br), list(br))
class S(_io.StringIO):
    pass
s = S('x\ny')
print(repr(s)[:13], list(s), s.__dict__)
s.foo = 1
print(s.__dict__)
class Raw(_io._RawIOBase):
    def __init__(self, data):
        super().__init__()
        self.data = data
    def readable(self): return True
    def readinto(self, b):
        n = min(len(b), len(self.data), 3)
        b[:n] = self.data[:n]
        self.data = self.data[n:]
        return n
tw = _io.TextIOWrapper(_io.BufferedReader(Raw('héllo\nwörld\n'.encode())), encoding='utf-8')
print(tw.readline(), tw.tell() if tw.seekable() else 'unseekable', tw.read())
class MyBuf(_io._BufferedIOBase):
    def __init__(self, data):
        self.data = data
    def readable(self): return True
    def read(self, n=-1):
        if n is None or n < 0:
            n = len(self.data)
        r, self.data = self.data[:n], self.data[n:]
        return r
tw2 = _io.TextIOWrapper(MyBuf(b'a\nb\nc'), encoding='ascii')
try:
    print(list(tw2))
except Exception as e:
    print(type(e).__name__, e)
bb = bytearray(4)
print(MyBuf(b'xyz').readinto(bb), bb)
class W(_io._RawIOBase):
    def __init__(self): self.chunks = []
    def writable(self): return True
    def write(self, b):
        self.chunks.append(bytes(b)); return len(b)
w = W()
bw = _io.BufferedWriter(w, 4)
bw.write(b'ab'); bw.write(b'cdefgh'); bw.write(b'ij'); bw.flush()
print(w.chunks, repr(bw))
tw3 = _io.TextIOWrapper(bw, encoding='utf-8', line_buffering=True)
tw3.write('line\nmore')
print(w.chunks)
tw3.close()
print(w.chunks, w.closed, bw.closed, tw3.closed)
