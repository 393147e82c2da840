CORPUS = [b'', b'a', b'abc', b'ABC', b'Hello, World!', b'  padded  ', b'MiXeD cAsE', b'\xff\xfe\x80', b'\t\n\x0b\x0c\r\x1c', b'123', b'x_y-z', b'a\x00b', b'caf\xc3\xa9', bytearray(b'ba ab'), b'aaaa']

def show(name, f):
    for s in CORPUS:
        try:
            r = f(s)
        except Exception as e:
            r = type(e).__name__ + ': ' + str(e)
        print(name, repr(s), '->', repr(r))
show('s.center(12)', lambda s: s.center(12))
show("s.center(13, b'.')", lambda s: s.center(13, b'.'))
show("s.ljust(9, b'_')", lambda s: s.ljust(9, b'_'))
show('s.rjust(9)', lambda s: s.rjust(9))
show('s.zfill(6)', lambda s: s.zfill(6))
