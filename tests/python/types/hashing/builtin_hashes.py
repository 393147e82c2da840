import sys
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.nan, sys.hash_info.imag, sys.hash_info.algorithm, sys.hash_info.hash_bits, sys.hash_info.seed_bits)
for v in ['', 'a', 'abc', 'hello world', 'é', '日本', 'a' * 100, b'', b'abc', b'\xff' * 10]:
    print(repr(v)[:20], hash(v))
for v in [(), (1,), (1, 2, 3), ('a', 'b'), ((1, 2), (3, 4)), frozenset(), frozenset({1, 2, 3}), frozenset({'a', 'b'})]:
    print(v, hash(v))
