b = b'abracadabra'
for sub in [b'a', b'abra', b'z', b'', 97, bytearray(b'ra')]:
    print(sub, b.find(sub), b.rfind(sub), b.count(sub), b.find(sub, 3), b.startswith(sub) if not isinstance(sub, int) else None, sub in b)
print(b.index(b'c'), b.rindex(98))
try:
    b.index(b'z')
except ValueError as e:
    print(e)
try:
    b.find(256)
except ValueError as e:
    print(e)
try:
    'a' in b
except TypeError as e:
    print(e)
