# Argument errors of the _io constructors and functions.
import _io

def err(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: _io.FileIO())
err(lambda: _io.FileIO('a', 'r', True, None, 5))
err(lambda: _io.open())
err(lambda: _io.open('x', bogus=1))
err(lambda: _io.TextIOWrapper())
err(lambda: _io.BufferedReader())
err(lambda: _io.BufferedWriter())
err(lambda: _io.BufferedRandom(_io.BytesIO(), buffer_size=0))
err(lambda: _io.BytesIO(1, 2))
err(lambda: _io.BytesIO('text'))
err(lambda: _io.StringIO(x=1))
err(lambda: _io.IncrementalNewlineDecoder())
err(lambda: _io.BufferedRWPair(1))
err(lambda: _io.open_code())
err(lambda: _io.open_code(b'x'))
err(lambda: _io.BytesIO().read('1'))
err(lambda: _io.BytesIO().seek('1'))
err(lambda: _io.StringIO().read(None))
err(lambda: _io.BufferedWriter(_io.BytesIO(b'x')).read())
err(lambda: _io.TextIOWrapper(_io.BytesIO(), encoding='utf-8', errors=1))
err(lambda: _io.TextIOWrapper(_io.BytesIO(), encoding='utf-8').read(1.5))
t = _io.TextIOWrapper(_io.BytesIO(), encoding='utf-8')
err(lambda: setattr(t, '_CHUNK_SIZE', 0))
t._CHUNK_SIZE = 3
print(t._CHUNK_SIZE, t.write('abcdef'), t.buffer.getvalue())
print(open is _io.open, type(_io.open).__name__)
