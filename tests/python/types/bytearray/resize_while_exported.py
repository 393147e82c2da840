ba = bytearray(b'abc')
m = memoryview(ba)
try:
    ba.append(1)
except BufferError as e:
    print(e)
m.release()
ba.append(100)
print(ba)
ba2 = bytearray(b'x')
print(ba2 == b'x', ba2 is not bytearray(b'x'), hash(bytes(ba2)) == hash(b'x'))
try:
    hash(ba2)
except TypeError as e:
    print(e)
