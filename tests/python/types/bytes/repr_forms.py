for b in [b'', b"'", b'"', b'\'"', b'\\', b'\n\r\t\x0b', b'\x00\x1f\x7f\x80\xff', b'printable ~', bytes(range(32, 40))]:
    print(repr(b), str(b), ascii(b))
print(repr(bytearray(b"'")), repr(bytearray()), repr(memoryview(b'x'))[:8])
