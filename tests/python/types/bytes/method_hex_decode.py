CORPUS = [b'', b'a', b'abc', b'ABC', b'Hello, World!', b'  padded  ', b'MiXeD cAsE', b'\xff\xfe\x80', b'\t\n\x0b\x0c\r\x1c', b'123', b'x_y-z', b'a\x00b', b'caf\xc3\xa9', bytearray(b'ba ab'), b'aaaa']

def show(name, f):
    for s in CORPUS:
        try:
            r = f(s)
        except Exception as e:
            r = type(e).__name__ + ': ' + str(e)
        print(name, repr(s), '->', repr(r))
show('s.hex()', lambda s: s.hex())
show("s.hex(':', 2)", lambda s: s.hex(':', 2))
show("s.decode('utf-8', 'replace')", lambda s: s.decode('utf-8', 'replace'))
show("s.decode('latin-1')", lambda s: s.decode('latin-1'))
show("s.decode('ascii', 'backslashreplace')", lambda s: s.decode('ascii', 'backslashreplace'))
