import sys
for v in [0.0, -0.0, 0.5, 1.5, -1.5, 1e100, 1e-100, 2.0 ** 61, 2.0 ** 62, 3.141592653589793, float('inf'), float('-inf'), 123.456]:
    print(repr(v), hash(v))
n = float('nan')
print(hash(n) == hash(n), hash(1.0) == hash(1), hash(2.0 ** 61) == hash(2 ** 61), sys.hash_info.nan)
