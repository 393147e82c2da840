b = b'\x00\x7f\x80\xff'
print(b[0], b[-1], b[1:3], list(b), b[::-1], type(b[0]).__name__, type(b[0:1]).__name__, len(b))
try:
    b[4]
except IndexError as e:
    print(e)
try:
    b[0] = 1
except TypeError as e:
    print(e)
print(bytes(5)[2], [x for x in b'ab'], b'abc' * 2, b'a' + b'b', b'x' < b'y', b'ab' < b'abc', b'\xff' > b'\x00', max(b'hello'))
