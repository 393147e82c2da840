CORPUS = [b'', b'a', b'abc', b'ABC', b'Hello, World!', b'  padded  ', b'MiXeD cAsE', b'\xff\xfe\x80', b'\t\n\x0b\x0c\r\x1c', b'123', b'x_y-z', b'a\x00b', b'caf\xc3\xa9', bytearray(b'ba ab'), b'aaaa']

def show(name, f):
    for s in CORPUS:
        try:
            r = f(s)
        except Exception as e:
            r = type(e).__name__ + ': ' + str(e)
        print(name, repr(s), '->', repr(r))
show("s.replace(b'a', b'A')", lambda s: s.replace(b'a', b'A'))
show("s.replace(b'', b'|')", lambda s: s.replace(b'', b'|'))
show("s.replace(b'a', b'', 2)", lambda s: s.replace(b'a', b'', 2))
