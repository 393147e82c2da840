print(chr(65), chr(0x1F600), chr(0), repr(chr(0x10FFFF)), ord('a'), ord('€'), ord(b'z'), ord(bytearray(b'\xff')))
for bad in [-1, 0x110000, 1.0]:
    try:
        chr(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for bad in ['', 'ab', b'ab', 5]:
    try:
        ord(bad)
    except TypeError as e:
        print(e)
