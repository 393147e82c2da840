b = b'Hello World'
print(b.lower(), b.split(), b.replace(b'o', b'0'), b.find(b'W'), b.hex(), bytes.fromhex('48 69'), b[0], b[:5], list(b[:2]))
print(b.decode(), b'\xe2\x82\xac'.decode('utf-8'), 'é'.encode(), 'é'.encode('latin-1'), b'abc'.startswith(b'a'))
