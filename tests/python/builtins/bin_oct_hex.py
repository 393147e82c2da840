for v in [0, 1, -1, 255, -255, 2 ** 64, -(2 ** 70) + 3]:
    print(bin(v), oct(v), hex(v))
for bad in [1.5, '1', None]:
    try:
        bin(bad)
    except TypeError as e:
        print(e)
