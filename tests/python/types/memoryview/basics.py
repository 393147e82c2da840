b = bytearray(b'abcdef')
m = memoryview(b)
print(m.nbytes, m.ndim, m.shape, m.strides, m.readonly, m.format, m.contiguous, m.c_contiguous)
s = m[1:4]
print(bytes(s), s.tolist(), s.obj is b)
s[0] = 0x42
print(b)
m2 = m.cast('H')
print(m2.format, m2.itemsize, len(m2), m2.tolist())
print(memoryview(b'ab') == memoryview(b'ab'), m.tobytes(), m.hex(':'))
with memoryview(b'ctx') as cm:
    print(cm.tobytes())
try:
    cm.tobytes()
except ValueError as e:
    print(e)
