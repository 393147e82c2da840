for v in [0, 1, -1, 255, -255, 2 ** 64, -(2 ** 64), 12345]:
    print(v, v.bit_length(), v.bit_count(), v.as_integer_ratio(), v.real, v.imag, v.numerator, v.denominator, v.conjugate())
print(int.bit_length(1024), (7).is_integer() if hasattr(int, 'is_integer') else 'n/a')
