cases = ['0', '-0', '  12  ', '+5', '1_000', '0_0', '00', '007', '١٢', '٣_٤']
for s in cases:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), e)
for s, base in [('ff', 16), ('FF', 16), ('0xff', 16), ('0XfF', 0), ('0b1_01', 0), ('0o7_7', 0), ('z', 36), ('Z', 36), ('10', 2), ('12', 2), ('0x', 16), ('0b', 0), ('1_', 10), ('0_7', 0), ('00', 0), ('010', 0), ('0', 0), (' 0x1F ', 0), ('-0b11', 0), ('+0o10', 8), ('0o10', 8), ('0b10', 16)]:
    try:
        print(repr(s), base, int(s, base))
    except ValueError as e:
        print(repr(s), base, e)
