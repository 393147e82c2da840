CORPUS = [b'', b'a', b'abc', b'ABC', b'Hello, World!', b'  padded  ', b'MiXeD cAsE', b'\xff\xfe\x80', b'\t\n\x0b\x0c\r\x1c', b'123', b'x_y-z', b'a\x00b', b'caf\xc3\xa9', bytearray(b'ba ab'), b'aaaa']

def show(name, f):
    for s in CORPUS:
        try:
            r = f(s)
        except Exception as e:
            r = type(e).__name__ + ': ' + str(e)
        print(name, repr(s), '->', repr(r))
show('s[::-1]', lambda s: s[::-1])
show('s[1:3]', lambda s: s[1:3])
show('list(s[:3])', lambda s: list(s[:3]))
show('s * 2', lambda s: s * 2)
show("s + b'!'", lambda s: s + b'!')
show('len(s)', lambda s: len(s))
show("s < b'b'", lambda s: s < b'b')
show("b'a' in s", lambda s: b'a' in s)
show('s == bytes(s)', lambda s: s == bytes(s))
