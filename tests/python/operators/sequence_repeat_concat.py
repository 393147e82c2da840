print([1, 2] * 2, 2 * (3,), 'ab' * 0, 'x' * -1, [[]] * 2, b'ab' * 2, bytearray(b'z') * 3)
l = [[]] * 3
l[0].append(1)
print(l)
try:
    [1] * 1.5
except TypeError as e:
    print(e)
try:
    'a' * 'b'
except TypeError as e:
    print(e)
try:
    [1] + 'a'
except TypeError as e:
    print(e)
print((1,) + (2,), [1] + [2], 'a' + 'b', b'a' + b'b', b'a' + bytearray(b'b'), bytearray(b'a') + b'b')
