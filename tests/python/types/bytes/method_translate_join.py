CORPUS = [b'', b'a', b'abc', b'ABC', b'Hello, World!', b'  padded  ', b'MiXeD cAsE', b'\xff\xfe\x80', b'\t\n\x0b\x0c\r\x1c', b'123', b'x_y-z', b'a\x00b', b'caf\xc3\xa9', bytearray(b'ba ab'), b'aaaa']

def show(name, f):
    for s in CORPUS:
        try:
            r = f(s)
        except Exception as e:
            r = type(e).__name__ + ': ' + str(e)
        print(name, repr(s), '->', repr(r))
show("s.translate(bytes.maketrans(b'ab', b'ba'))", lambda s: s.translate(bytes.maketrans(b'ab', b'ba')))
show("s.translate(None, b'a')", lambda s: s.translate(None, b'a'))
show("b'-'.join([s, s])", lambda s: b'-'.join([s, s]))
show('s.expandtabs(2)', lambda s: s.expandtabs(2))
