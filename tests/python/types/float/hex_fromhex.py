for v in [0.0, -0.0, 1.0, 0.1, -2.5, 1e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 3.141592653589793, float('inf'), float('nan')]:
    print(repr(v), v.hex())
for s in ['0x1p0', '0x1.8p1', '-0x1p-1074', '0X1.FFFFFFFFFFFFFP+1023', '0x.8p1', '1p3', '0x1.0000000000000fp0', 'inf', '-Infinity', 'nan', ' 0x10 ', '0x1p-1080', '0x1.00000000000008p0', '0x1.00000000000018p0']:
    try:
        print(repr(s), float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)
for s in ['0x1p1024', 'zz', '0x']:
    try:
        float.fromhex(s)
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)
