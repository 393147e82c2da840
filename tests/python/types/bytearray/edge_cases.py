a = bytearray(b"abc"); a[1:] = a; print(a); a.extend(a); print(a)
a.__init__(b'zz'); print(a)
a = bytearray(b'xyz')
for c in a:
    if c == 120: a.append(33)
    if len(a) > 5: break
print(a)
print(bytearray(b'abc').split(b'b'), bytearray(b'a b').split(maxsplit=0), bytearray(b'ab').hex(b'-'), bytearray(b'abcd').hex(':', 2))
print(bytearray(b'x').center(5, b'*'), bytearray(b'x').ljust(3, bytearray(b'-')))
for bad in [lambda: bytearray(b'x').center(5, '*'), lambda: bytearray(b'x').find('x'), lambda: bytearray(b'x').join(['a']), lambda: bytearray(b'x').strip('x'), lambda: bytearray(b'x').extend(5), lambda: bytearray(b'x').extend(['a']), lambda: bytearray(b'x').decode('nope'), lambda: bytearray(b'\xff').decode(), lambda: bytearray.fromhex('zz')]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(bytearray(b'AbC').swapcase(), bytearray(b'hello world').title(), bytearray(b'x').isascii(), bytearray(b'a\tb').expandtabs(4))
print(bytearray(b'abc')[-10:10:2], bytearray(b'abc').index(98, 0, 3), bytearray(b'aaa').count(b'a', 1))
b = bytearray(b'abc'); b[::-1] = b'xyz'; print(b); b[5:] = [1]; print(b); del b[10:]; print(b)
print(bytearray(5)[1:3], bytearray(b'') == b'', bytearray(b'ab') > bytearray(b'a'), max(bytearray(b'abc')), sum(bytearray(b'\x01\x02')))
print(bytearray(b'ab').translate(bytes.maketrans(b'a', b'z')), bytearray.maketrans(b'a', b'b')[97])
