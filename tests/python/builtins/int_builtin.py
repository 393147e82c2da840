print(int(), int(5.9), int(-5.9), int('42'), int(' -0 '), int('1_000'), int('ff', 16), int('0xff', 0), int('0b101', 0))
print(int('z', 36), int('11', 2), int('0o17', 8), int(True), int('+7'), int('١٢٣'), int(b'12'), int(bytearray(b'3')))
for args in [('',), ('1.5',), ('0x10',), ('12', 1), ('12', 37), ('_1',), ('1__0',), ('09', 0), (1.5, 10), ('inf',)]:
    try:
        int(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for f in [float('inf'), float('nan')]:
    try:
        int(f)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
class T:
    def __trunc__(self): return 3
class I:
    def __int__(self): return 9
class X:
    def __index__(self): return 4
print(int(I()), int(X()))
