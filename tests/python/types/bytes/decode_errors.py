cases = [b'\xff', b'\xc3', b'\xc3\x28', b'\xe2\x82', b'\xf0\x9f\x98', b'\xed\xa0\x80', b'\xc0\xaf', b'ok\x80ok']
for c in cases:
    for err in ['replace', 'ignore', 'backslashreplace', 'surrogateescape']:
        print(c, err, repr(c.decode('utf-8', err)))
    try:
        c.decode('utf-8')
    except UnicodeDecodeError as e:
        print(e.start, e.end, e.reason, e)
print(b'\xe9'.decode('latin-1'), b'\x80'.decode('cp1252'), b'\xff\xfea\x00'.decode('utf-16'), b'abc'.decode('ascii'))
try:
    b'\x80'.decode('ascii')
except UnicodeDecodeError as e:
    print(e)
