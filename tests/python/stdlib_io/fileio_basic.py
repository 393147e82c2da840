# FileIO, open() modes and errors, buffered readers and writers.
import _io

NAME = '_krait_io_test_fileio.tmp'

def err(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, e)

f = _io.FileIO(NAME, 'w')
print(repr(f), f.mode, f.closefd, f.readable(), f.writable(), f.seekable(), f.isatty())
print(f.write(b'line one\nline two\r\nthird\rlast'))
print(f.tell(), f.seek(0), f.seek(0, 2), f.truncate(10), f.tell())
err(lambda: f.read())
f.close()
print(repr(f), f.closed)
err(lambda: f.write(b'x'))
err(lambda: f.fileno())
err(lambda: f.readable())
f.close()

f = _io.FileIO(NAME, 'a')
print(f.mode, f.tell(), f.write(b'XYZ'))
f.close()
with _io.FileIO(NAME) as f:
    print(f.read(4), f.readall(), f.read(), f.read(3))
    b = bytearray(5)
    f.seek(2)
    print(f.readinto(b), b)
err(lambda: _io.FileIO(NAME, 'x'))
err(lambda: _io.FileIO(NAME, 'rw'))
err(lambda: _io.FileIO(NAME, 'rq'))
err(lambda: _io.FileIO(NAME, 'r++'))
err(lambda: _io.FileIO(NAME, closefd=False))
err(lambda: _io.FileIO(-3))
err(lambda: _io.FileIO(2.5))
err(lambda: _io.FileIO(None))
err(lambda: _io.FileIO('nonexistent_dir_krait/x'))
err(lambda: _io.FileIO('.', 'r'))
err(lambda: _io.FileIO('a\0b'))

# open() mode checking
for mode in ['rw', 'rr', 'q', 'tb', 'rU', 'xa', 'r+b+']:
    err(lambda: _io.open(NAME, mode))
err(lambda: _io.open(NAME, 'rb', encoding='utf-8'))
err(lambda: _io.open(NAME, 'rb', errors='strict'))
err(lambda: _io.open(NAME, 'rb', newline=''))
err(lambda: _io.open(NAME, 'r', 0))
err(lambda: _io.open(NAME, 3))
err(lambda: _io.open(NAME, encoding=3))
err(lambda: _io.open(NAME, newline=3))
err(lambda: _io.open(NAME, newline='x'))
err(lambda: _io.open(NAME, 'r', buffering=None))

# buffered layers
with _io.open(NAME, 'rb') as b:
    print(repr(b), b.name, b.mode, b.raw, b.readable(), b.writable(), b.seekable())
    print(b.peek(3)[:3], b.read(3), b.read1(4), b.readline(), b.tell())
    print(b.readlines())
    print(b.seek(-3, 2), b.read(), b.seek(1), b.read(2), b.seek(2, 1), b.read(2))
    print(list(b), b.read(), b.read(5))
    err(lambda: b.write(b'x'))
print(b.closed)
err(lambda: b.read())
err(lambda: b.peek())
err(lambda: b.readline())
err(lambda: b.seek(0))
err(lambda: b.tell())

with _io.open(NAME, 'wb') as w:
    print(repr(w), w.write(b'abc'), w.tell(), w.write(bytearray(b'def')), w.tell())
    err(lambda: w.read())
    err(lambda: w.write('str'))
    w.flush()
    print(w.seek(1), w.write(b'Z'), w.tell())
with _io.open(NAME, 'rb') as r:
    print(r.read())

with _io.open(NAME, 'r+b') as rw:
    print(repr(rw), rw.read(2), rw.write(b'__'), rw.tell(), rw.read(), rw.seek(0), rw.read())
    rw.seek(0)
    rw.write(b'0123456789')
    rw.seek(3)
    print(rw.read(2), rw.truncate(), rw.tell())
    rw.seek(0)
    print(rw.read())

with _io.open(NAME, 'wb', buffering=0) as u:
    print(repr(u), u.write(b'raw'))
with _io.open(NAME, 'ab', buffering=4) as a:
    print(a.write(b'appended-data'), a.tell())
print(_io.open(NAME, 'rb').read())

d = _io.open(NAME, 'rb')
raw = d.detach()
print(repr(raw), repr(d))
err(lambda: d.read())
err(lambda: d.name)
raw.close()

r = _io.BufferedReader(_io.BytesIO(b'one\ntwo\nthree'), 2)
print(r.read(1), r.peek(), r.read1(), r.readline(), r.read(), r.read())
err(lambda: _io.BufferedReader(_io.BytesIO(), 0))
err(lambda: _io.BufferedReader(_io.BytesIO(), -1))

p = _io.BufferedRWPair(_io.BytesIO(b'in'), _io.BytesIO())
print(p.read(), p.write(b'out'), p.readable(), p.writable(), p.closed)
p.close()
print(p.closed)

import posix
posix.unlink(NAME)
