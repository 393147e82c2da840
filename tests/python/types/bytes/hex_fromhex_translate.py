b = bytes(range(0, 256, 17))
print(b.hex(), b.hex(':'), b.hex('-', 2), b.hex(' ', -3), bytes.fromhex('de ad  be ef'), bytes.fromhex(''))
for bad in ['abc', 'zz', '0 1']:
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print(e)
t = bytes.maketrans(b'abc', b'xyz')
print(b'aabbcc'.translate(t), b'hello'.translate(None, b'l'), b'abc'.translate(t, b'a'), len(t))
try:
    bytes.maketrans(b'ab', b'c')
except ValueError as e:
    print(e)
