# mmap: anonymous and file mappings, access modes, the file interface, indexing, buffers and errors.
import mmap, os, tempfile
m = mmap.mmap(-1, 10); print(repr(m)[:60]); print([x for x in dir(mmap) if x.isupper()]); print([x for x in dir(m) if not x.startswith('__')])
m.close(); print(repr(m))
try: m.read()
except ValueError as e: print(e)
m = mmap.mmap(-1, 4, access=mmap.ACCESS_READ)
try: m[0] = 1
except TypeError as e: print(e)
print(mmap.mmap.__module__, m.__class__.__name__, len(m), m[:], list(m)[:2])
m = mmap.mmap(-1, 4)
for v in (256, -1):
    try: m.write_byte(v)
    except Exception as e: print(type(e).__name__, e)
    try: m[0] = v
    except Exception as e: print(type(e).__name__, e)
try: m[10]
except Exception as e: print(type(e).__name__, e)
try: m[0:2] = b'abc'
except Exception as e: print(type(e).__name__, e)
try: m['a']
except Exception as e: print(type(e).__name__, e)
try: del m[0]
except Exception as e: print(type(e).__name__, e)
m[::2] = b'xy'; print(m[:], m[-1], m[1:3], m[::-1])
mv = memoryview(m)
try: m.close()
except Exception as e: print(type(e).__name__, e)
try: m.resize(10)
except Exception as e: print(type(e).__name__, e)
mv.release(); m.resize(10); print(len(m), m.find(b'y'), m.rfind(b'\0'), m.find(b'x', -3))
m.seek(0, 2); print(m.tell(), m.read(), m.readline())
for bad in [(-5,), (0, 3)]:
    try: m.seek(*bad)
    except ValueError as e: print(e)
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'f')
    with open(p, 'wb') as f: f.write(b'hello\nworld\n' * 100)
    with open(p, 'r+b') as f:
        mm = mmap.mmap(f.fileno(), 0)
        print(len(mm), mm.readline(), mm.read(5), mm.tell(), mm.size(), mm.find(b'world', 10))
        mm[0:5] = b'HELLO'; mm.flush(); mm.move(6, 0, 5); print(mm[:12])
        mm.resize(2000); print(len(mm), mm.size(), os.path.getsize(p))
        mm.close()
    print(open(p, 'rb').read(12))
    with open(p, 'rb') as f:
        ro = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        try: ro.write(b'x')
        except TypeError as e: print(e)
        try: ro.resize(10)
        except TypeError as e: print(e)
        cp = mmap.mmap(f.fileno(), 100, access=mmap.ACCESS_COPY, offset=mmap.PAGESIZE * 0)
        cp[0] = 65; print(cp[:3], ro[:3])
        try: mmap.mmap(f.fileno(), 10**6)
        except ValueError as e: print(e)
        try: mmap.mmap(f.fileno(), 10, access=9)
        except ValueError as e: print(e)
        try: mmap.mmap(f.fileno(), 10, flags=mmap.MAP_PRIVATE, access=mmap.ACCESS_READ)
        except ValueError as e: print(e)
        try: mmap.mmap(f.fileno(), -1)
        except OverflowError as e: print(e)
        ro.close(); cp.close()
    open(os.path.join(d, 'empty'), 'w').close()
    with open(os.path.join(d, 'empty'), 'rb') as f:
        try: mmap.mmap(f.fileno(), 0)
        except ValueError as e: print(e)
with mmap.mmap(-1, 13) as m:
    m.write(b'Hello world!'); m.seek(0); print(m.read_byte(), m.readline(), m.closed)
print(m.closed, issubclass(mmap.error, OSError), mmap.error is OSError)
class Sub(mmap.mmap):
    pass
s = Sub(-1, 5); s.tag = 1; print(type(s).__name__, s.tag, len(s))
