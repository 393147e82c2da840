print(bytes(), bytes(3), bytes([65, 66]), bytes('é', 'utf-8'), bytes(b'abc'), bytes(range(3)))
print(bytearray(), bytearray(2), bytearray(b'xy'), bytearray('ab', 'ascii'))
for args in [(-1,), ([256],), ('str',), ('x', 'nope'), (1.5,), (['a'],)]:
    try:
        bytes(*args)
    except Exception as e:
        print(type(e).__name__, e)
class B:
    def __bytes__(self): return b'custom'
print(bytes(B()), bytes(memoryview(b'mv')))
