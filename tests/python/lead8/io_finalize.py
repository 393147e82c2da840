# Streams that are collected unclosed are closed, as CPython's IOBase
# finalizer does: a GzipFile written and dropped gets its trailer, a
# subclass's __del__ can call super().__del__(), which calls close() and
# flush(); buffered readers are not writable, writers not readable.
import gc
import gzip
import io
import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, 'x.gz')


def write():
    f = gzip.open(p, 'wb')
    f.write(b'hello world\n' * 100)


write()
gc.collect()
with gzip.open(p) as g:
    print(len(g.read()))

record = []


def check(base):
    class MyIO(base):
        def __init__(self):
            self.on_del, self.on_close, self.on_flush = 1, 2, 3
            super().__init__()

        def __del__(self):
            record.append(self.on_del)
            try:
                f = super().__del__
            except AttributeError:
                pass
            else:
                f()

        def close(self):
            record.append(self.on_close)
            super().close()

        def flush(self):
            record.append(self.on_flush)
            super().flush()

    f = MyIO()
    del f
    gc.collect()
    print(base.__name__, record)
    record.clear()


for base in (io.IOBase, io.RawIOBase, io.BufferedIOBase, io.TextIOBase):
    check(base)


class Quiet(io.RawIOBase):
    def close(self):
        print('closing, closed =', self.closed)
        super().close()


q = Quiet()
q = None
gc.collect()
c = Quiet()
c.close()
c = None
gc.collect()
print('closed ones are not closed again')


class Broken(io.RawIOBase):
    def close(self):
        raise OSError('close failed')


b = Broken()
b = None
gc.collect()
print('close errors are dropped')

raw = io.BytesIO(b'abc')
for t in (io.BufferedReader, io.BufferedWriter, io.BufferedRandom):
    obj = t(io.BytesIO(b'abc'))
    print(t.__name__, obj.readable(), obj.writable(), obj.seekable(),
          sorted(k for k in ('readable', 'writable') if k in vars(t)))
r = io.BufferedReader(io.BytesIO(b'abc'))
for bad in (lambda: r.truncate(), lambda: r.write(b'x')):
    try:
        bad()
    except io.UnsupportedOperation as e:
        print(type(e).__name__, e)
print(io.IOBase.__del__.__name__, '__del__' in vars(io.FileIO))
os.unlink(p)
os.rmdir(d)
