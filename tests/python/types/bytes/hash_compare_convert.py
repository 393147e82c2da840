print(hash(b'abc') == hash(b'abc'), hash(b'') == 0, b'abc' == bytearray(b'abc'), b'abc' == 'abc', b'a' == memoryview(b'a'))
print(bytes([1, 2]) == b'\x01\x02', bytes(b'x') is not None, int.from_bytes(b'\x01\x00', 'little'), list(bytes(3)))
print(bytes(bytearray(b'ba')), bytes(memoryview(b'mv')[1:]), bytes([True, False]), bytes.__len__(b'abc'))
print(hash(b'hello'), hash(b'\x00\x01'))
