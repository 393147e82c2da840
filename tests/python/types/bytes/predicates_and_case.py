samples = [b'', b'abc', b'ABC', b'Abc Def', b'abc123', b'123', b' \t\n', b'\x80abc', b'hello world', b'Hello World']
for s in samples:
    print(s, [s.isalpha(), s.isdigit(), s.isalnum(), s.isspace(), s.islower(), s.isupper(), s.istitle(), s.isascii()])
print(b'\xe4bc'.upper(), b'\xc4'.lower(), b'ab\xffcd'.title())
