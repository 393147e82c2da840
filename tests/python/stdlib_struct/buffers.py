# memoryview (and bytearray) arguments to _struct, binascii and _sre:
# pack_into into writable views, unpack from views, regex subjects.
import _struct, binascii, _sre
ba = bytearray(8)
_struct.pack_into('<I', memoryview(ba), 2, 0xdeadbeef); print(ba)
mv = memoryview(ba)[2:6]
_struct.pack_into('>H', mv, 1, 0x1234); print(ba)
try:
    _struct.pack_into('<I', memoryview(b'abcdefgh'), 0, 1)
except TypeError as e:
    print(e)
print(_struct.unpack('<I', memoryview(b'abcd')), _struct.unpack_from('<H', memoryview(b'xxab'), 2), list(_struct.iter_unpack('b', memoryview(b'\x01\xff'))))
print(binascii.hexlify(memoryview(b'ab')), binascii.crc32(memoryview(b'x')), binascii.a2b_base64(memoryview(b'YWI=')))
code = [14, 4, 0, 1, 4294967295, 24, 6, 1, 4294967295, 16, 97, 1, 1]
p = _sre.compile(b'a+', 0, code, 0, {}, (None,))
m = p.search(memoryview(b'baab')); print(m, type(m.string).__name__, p.sub(b'-', memoryview(b'baab')), p.findall(memoryview(b'aba')))
