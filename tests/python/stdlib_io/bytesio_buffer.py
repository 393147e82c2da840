# BytesIO.getbuffer exports, readinto with memoryviews, write with buffers.
import _io
b = _io.BytesIO(b'abc'); m = b.getbuffer()
print(type(m).__name__, bytes(m), len(m))
for f in [lambda: b.write(b'defg'), lambda: b.truncate(1), lambda: b.seek(0), lambda: b.read(), lambda: b.close(), lambda: b.getvalue(), lambda: b.__setstate__((b'x',0,None)), lambda: m.__setitem__(0, 65), lambda: b.getvalue()]:
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
m.release(); b.write(b'zzzz'); print(b.getvalue())
f = _io.BytesIO(b'hello'); mv = memoryview(bytearray(3)); print(f.readinto(mv), bytes(mv))
try: f.readinto(memoryview(b'abc'))
except Exception as e: print(type(e).__name__, e)
try: f.readinto(b'abc')
except Exception as e: print(type(e).__name__, e)
print(f.write(memoryview(b'MV')), f.getvalue())
b2 = _io.BytesIO(b'xyz')
b2.getbuffer()
print(b2.write(b'after dropped view'), b2.getvalue())
