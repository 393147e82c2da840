for v in ['', 'a', "'", '"', '\'"', '\\', '\n\r\t', '\x07\x08\x0b\x0c', '\x1b[0m', '\u0100', '\uffff', '\U00010000', '\u0378', '\xad', '\u200e', 'a\x00b', '日本', 'ab\'cd"']:
    print(repr(v), ascii(v), len(repr(v)))
print(str(), str('x'), str(123), str(b'x'), str([1, 'a']), str({'k': "v'"}), repr(str))
