print(b'aaaa'.count(b'aa'), b'abc'.count(b''), b'a-b-c'.count(b'-', 2), b'x' * 0, b'ab' * -1, 3 * b'ab')
try:
    b'a' + 'b'
except TypeError as e:
    print(e)
try:
    b'a' + 1
except TypeError as e:
    print(e)
print(b'%s' % b'x', b'abc'.endswith((b'c', b'd')), b'abc'.startswith(b'b', 1), b'ABC'.lower().decode())
