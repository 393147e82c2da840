for v in [0, 1, 255, 256, 1024, 2 ** 64 - 1]:
    print(v, v.to_bytes(8, 'big'), v.to_bytes(8, 'little'), int.from_bytes(v.to_bytes(8, 'big'), 'big'))
for v in [-1, -128, -129, 127, 128]:
    try:
        print(v, v.to_bytes(2, 'big', signed=True), int.from_bytes(v.to_bytes(2, 'big', signed=True), 'big', signed=True))
    except OverflowError as e:
        print(v, e)
print((1).to_bytes(), int.from_bytes(b'\xff\xff', 'little'), int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes([1, 2], 'big'), int.from_bytes(b'', 'big'))
for args in [(256, 1, 'big'), (-1, 1, 'big'), (1, 1, 'middle')]:
    try:
        args[0].to_bytes(args[1], args[2])
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print((128).to_bytes(1, 'big'), (-128).to_bytes(1, 'big', signed=True))
try:
    (128).to_bytes(1, 'big', signed=True)
except OverflowError as e:
    print(e)
