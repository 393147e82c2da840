# io details: open() checks what __fspath__ returns, text_encoding() in
# UTF-8 Mode, a raw readinto() returning a non-integer, the repr of an
# uninitialized TextIOWrapper, and a Python subclass's __del__/close/flush
# order when collected.
import gc
import io
import os
import subprocess
import sys
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, 'x.txt')


class FakePath:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        if isinstance(self.p, type) and issubclass(self.p, BaseException):
            raise self.p
        return self.p


with open(p, 'w', encoding='utf-8') as f:
    for arg in (f.fileno(), None, FloatingPointError, 1.5):
        for opener in (io.open, io.FileIO):
            try:
                opener(FakePath(arg), 'w')
            except Exception as e:
                print(opener.__name__, type(e).__name__, e)
with io.open(FakePath(p), encoding='utf-8') as f:
    print(repr(f.read()))
with io.open(FakePath(os.fsencode(p)), 'rb') as f:
    print(f.read())

for opt in ('utf8=0', 'utf8=1', 'utf8'):
    r = subprocess.run([sys.executable, '-X', opt, '-c', 'import io; print(io.text_encoding(None), io.text_encoding("x"))'],
                       capture_output=True, text=True)
    print(opt, r.stdout.strip())

raw = io.BufferedReader(io.BytesIO(b'12'))
raw.readinto = lambda buf: b''
try:
    io.BufferedReader(raw).readline()
except OSError as e:
    print(type(e).__name__, e, '|', type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)

t = io.TextIOWrapper.__new__(io.TextIOWrapper)
try:
    repr(t)
except ValueError as e:
    print('ValueError', e)
t = io.TextIOWrapper(io.BytesIO(), encoding='utf-8')
t.detach()
print(repr(t))

for tp, arg in ((io.BufferedWriter, io.BytesIO()), (io.BufferedReader, io.BytesIO()),
                (io.TextIOWrapper, io.BytesIO())):
    record = []

    class My(tp):
        def __del__(self):
            record.append(1)
            super().__del__()

        def close(self):
            record.append(2)
            super().close()

        def flush(self):
            record.append(3)
            super().flush()

    obj = My(arg)
    del obj
    gc.collect()
    print(tp.__name__, record)
os.remove(p)
os.rmdir(d)
