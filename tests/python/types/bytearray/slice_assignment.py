ba = bytearray(range(10))
ba[2:5] = b''
print(list(ba))
ba[1:1] = b'\xff\xfe'
print(list(ba))
ba[::3] = bytes(len(ba[::3]))
print(list(ba))
try:
    ba[::2] = b'x'
except ValueError as e:
    print(e)
ba[-2:] = bytearray(b'zz')
print(ba)
ba[:] = b'new'
print(ba, ba * 2, ba + b'!', b'!' + ba, type(b'!' + ba).__name__)
ba *= 2
print(ba)
ba[0:2] = [65, 66]
print(ba)
ba[5:] = memoryview(b'MV')
print(ba)
