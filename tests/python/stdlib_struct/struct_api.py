# The _struct module: pack/unpack of every format code, the Struct class,
# iter_unpack, pack_into/unpack_from offsets, and struct.error messages.
import _struct as struct
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: struct.pack('d', 10**400))
t(lambda: struct.pack('d', 'x'))
t(lambda: struct.pack('i', 'x'))
t(lambda: struct.pack('i', 1.5))
t(lambda: struct.pack('i', 2**40))
t(lambda: struct.pack('q', 2**70))
t(lambda: struct.pack('c', bytearray(b'a')))
t(lambda: struct.pack('s', bytearray(b'a')))
t(lambda: struct.pack('p', bytearray(b'a')))
t(lambda: struct.pack('s', 'a'))
t(lambda: struct.pack(5))
t(lambda: struct.Struct(5))
t(lambda: struct.calcsize(5))
t(lambda: struct.pack())
t(lambda: struct.unpack('i', 'abcd'))
t(lambda: struct.unpack('i', b'abc'))
t(lambda: struct.pack_into('i', b'abcd', 0, 1))
t(lambda: struct.pack_into('i', bytearray(4), 0))
t(lambda: struct.unpack_from('i', b'abcdabcd', offset=2))
t(lambda: list(struct.iter_unpack('h', b'abcd')))
t(lambda: struct.iter_unpack('h', b'abcd').__length_hint__())
t(lambda: struct.Struct('i').format)
t(lambda: struct.Struct(b'i').format)
t(lambda: struct.Struct('i').size)
t(lambda: struct.Struct())
t(lambda: struct.error.__module__)
t(lambda: struct.error.__mro__)
t(lambda: struct.pack('?', []))
t(lambda: struct.pack('e', 1e10))
t(lambda: struct.pack('e', 10**10))
t(lambda: struct.pack('f', 1e300))
t(lambda: struct.unpack('?', b'\x02'))
t(lambda: struct.pack('P', -1))
t(lambda: struct.pack('i', True))
class I:
    def __index__(self): return 7
t(lambda: struct.pack('i', I()))
t(lambda: struct.pack('d', I()))
t(lambda: struct.pack('ii', 1))
t(lambda: struct.pack('z'))
t(lambda: struct.Struct('i').unpack_from(b'abcd', -4))
t(lambda: struct.pack('\0'))
t(lambda: struct.pack('2s', b'abc'))
print(type(struct.iter_unpack('h', b'')).__name__)
t(lambda: struct.pack_into('i', bytearray(4), 'x', 1))
t(lambda: struct.unpack('i', 5))
t(lambda: struct.pack('i', 1, 2))
t(lambda: struct.Struct('i').pack())
t(lambda: struct.iter_unpack('i', b'abc'))
t(lambda: struct.iter_unpack('', b''))
class S(struct.Struct): pass
t(lambda: S('h').pack(3))
b = bytearray(8)
struct.pack_into('>hI', b, 1, -2, 0xdeadbeef); print(b)
print(struct.pack('<QqLlHh3s5pd?xcfe', 2**64-1, -2**63, 7, -7, 65535, -1, b'abcd', b'xy', 1.5, True, b'z', 2.5, 0.5))
print(struct.unpack('<QqLlHh3s5pd?xcfe', struct.pack('<QqLlHh3s5pd?xcfe', 2**64-1, -2**63, 7, -7, 65535, -1, b'abcd', b'xy', 1.5, True, b'z', 2.5, 0.5)))
print(struct.calcsize('@bhiqd'), struct.calcsize('=bhiqd'), struct.calcsize('3s2x'), struct.Struct('ii').unpack(b'\x01\0\0\0\x02\0\0\0'))
try:
    struct.pack('b', 300)
except struct.error as e:
    print('caught', e, type(e))

codes = "bBhHiIlLqQnNefd?"
for order in "@=<>!":
    for c in codes:
        if order != "@" and c in "nN":
            continue
        fmt = order + c
        for v in [0, 1, -1, 127, 128, 255, 256, 32767, -32768, 65535, 2**31 - 1, -2**31, 2**32 - 1, 2**63 - 1, -2**63, 2**64 - 1, 1.5, -0.0, 1e300]:
            try:
                b = struct.pack(fmt, v)
                print(fmt, repr(v), b.hex(), struct.unpack(fmt, b))
            except (struct.error, OverflowError, TypeError) as e:
                print(fmt, repr(v), type(e).__name__, e)
for fmt in ["", "x", "3x", "2s", "0s", "5p", "0p", "c", "3c", "@bi", "=bi", "bq", "@?q", "@hhc", "P", "10s3i"]:
    print(repr(fmt), struct.calcsize(fmt))
print(struct.pack("5p", b"hello world"), struct.unpack("5p", b"\x09abcd"), struct.pack("3s", b"a"), struct.pack("0p", b""))
print(struct.pack("<2h3s?", 1, 2, b"xyz", 0), struct.unpack("<2h3s?", b"\x01\x00\x02\x00xyz\x01"))
s = struct.Struct(">IH")
print(s.format, s.size, s.pack(1, 2), s.unpack(b"\0\0\0\1\0\2"), s.unpack_from(b"xx\0\0\0\1\0\2", 2), list(s.iter_unpack(bytes(12))))
buf = bytearray(10)
s.pack_into(buf, 2, 0xdeadbeef, 7); print(buf)
s.pack_into(buf, -6, 1, 1); print(buf)
for off in [-11, -3, 5, 100]:
    t(lambda: s.pack_into(buf, off, 1, 1))
    t(lambda: s.unpack_from(bytes(10), off))
struct._clearcache()
print(struct.unpack(b"<h", b"\x01\x02"), struct.pack(b"B", 3))
