# TextIOWrapper: encodings, newline translation, tell/seek cookies, errors.
import _io

NAME = '_krait_io_test_text.tmp'

def err(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, e)

with _io.open(NAME, 'w', encoding='utf-8') as f:
    print(repr(f), f.encoding, f.errors, f.line_buffering, f.newlines, f.name, f.mode)
    print(f.write('ascii\n'), f.write('h\xe9llo w\xf6rld \u20ac \U0001f600\n'), f.write('cr\rcrlf\r\nend'))
    print(f.tell())
    err(lambda: f.write(b'bytes'))
    err(lambda: f.read())
print(f.closed)
err(lambda: f.write('x'))

for nl in [None, '', '\n', '\r', '\r\n']:
    with _io.open(NAME, encoding='utf-8', newline=nl) as f:
        lines = f.readlines()
        print(repr(nl), lines, f.newlines)
with _io.open(NAME, 'rb') as f:
    print(f.read())

with _io.open(NAME, encoding='utf-8') as f:
    print(repr(f.read(3)), f.tell())
    print(repr(f.readline()), f.tell())
    pos = f.tell()
    print(repr(f.read(4)), f.tell())
    f.seek(pos)
    print(repr(f.read(8)), f.tell())
    print(repr(f.readline(3)), repr(f.readline()))
    print(repr(f.read()), f.tell(), repr(f.read()))
    print(f.seek(0), repr(f.readline()), f.seek(0, 2), f.seek(0, 1))
    err(lambda: f.seek(1, 1))
    err(lambda: f.seek(1, 2))
    err(lambda: f.seek(0, 3))
    err(lambda: f.seek(-1))
    f.seek(0)
    for line in f:
        print(repr(line))
        err(lambda: f.tell())
    print(f.tell())

# write newline translation
for nl in [None, '', '\n', '\r', '\r\n']:
    with _io.open(NAME, 'w', encoding='ascii', newline=nl) as f:
        f.write('a\nb\r\nc\rd')
    print(repr(nl), _io.open(NAME, 'rb').read())

# encodings and error handlers
for enc in ['latin-1', 'utf-16', 'utf-16-le', 'utf-32', 'ascii', 'utf8', 'cp1252']:
    with _io.open(NAME, 'w', encoding=enc, errors='replace') as f:
        f.write('x\xe9\u20ac\n')
        f.write('second\n')
    with _io.open(NAME, 'rb') as f:
        raw = f.read()
    with _io.open(NAME, encoding=enc) as f:
        print(enc, raw, repr(f.read()))
with _io.open(NAME, 'w', encoding='ascii') as f:
    err(lambda: f.write('\xe9'))
with _io.open(NAME, 'wb') as f:
    f.write(b'ok\xff\xfeok\n')
for errors in ['strict', 'replace', 'ignore', 'surrogateescape', 'backslashreplace']:
    with _io.open(NAME, encoding='utf-8', errors=errors) as f:
        err(lambda: f.read())
err(lambda: _io.open(NAME, encoding='no-such-codec'))

# tell/seek round trip on multi-byte text
with _io.open(NAME, 'w', encoding='utf-8') as f:
    f.write('\xe9t\xe9\n\u20acuro\nlast line\n')
with _io.open(NAME, encoding='utf-8') as f:
    cookies = []
    while True:
        c = f.tell()
        ch = f.read(1)
        if not ch:
            break
        cookies.append((c, ch))
    print(cookies)
    for c, ch in cookies[::3]:
        f.seek(c)
        print(c, repr(f.read(2)))

# line buffering and reconfigure
f = _io.open(NAME, 'w', encoding='utf-8', buffering=1)
print(f.line_buffering, f.write('x\n'), _io.open(NAME, 'rb').read())
f.reconfigure(line_buffering=False)
f.write('y\n')
print(f.line_buffering, _io.open(NAME, 'rb').read())
f.flush()
print(_io.open(NAME, 'rb').read())
f.close()

t = _io.TextIOWrapper(_io.BytesIO(b'abc\ndef\n'), encoding='ascii')
print(repr(t), t.readline(), t.buffer.tell(), t.read())
b = t.detach()
print(repr(t), b.getvalue())
err(lambda: t.read())
err(lambda: t.encoding)
err(lambda: _io.TextIOWrapper(_io.BytesIO(), newline='x'))
err(lambda: _io.TextIOWrapper(_io.BytesIO(), newline=5))
err(lambda: _io.TextIOWrapper(_io.BytesIO(), encoding=5))
w = _io.TextIOWrapper(_io.BytesIO(), encoding='utf-8', newline='\r\n')
w.write('1\n2\n')
w.flush()
print(w.buffer.getvalue())

import posix
posix.unlink(NAME)
