m = memoryview(b'abcdef')
print(m[0], m[1:3].tobytes(), len(m), m.readonly, m.format, m.itemsize, bytes(m[::2]), m.tolist()[:3])
ba = bytearray(b'xyz')
mv = memoryview(ba)
mv[0] = ord('X')
print(ba)
try:
    m[0] = 1
except TypeError as e:
    print(e)
print(memoryview(b'ab') == b'ab', m.hex())
