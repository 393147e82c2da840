a = bytearray(b'ab')
b = a
a += b'cd'
print(a is b, b)
a = a + b'e'
print(a is b, a, b)
print(bytearray(b'a') < bytearray(b'b'), bytearray(b'abc') == b'abc', bytearray(b'b') > b'a', sorted([bytearray(b'b'), bytearray(b'a')]))
print(list(reversed(bytearray(b'xyz'))), bytearray(b'x') in [b'x'], b'y' in bytearray(b'xyz'), 121 in bytearray(b'xyz'))
