print(0b1111, 0o777, 0xDEAD_BEEF, 1_2_3, 0x_ff, 0o_17, 0b_1, 00, 0_0)
print(123456789012345678901234567890, -0b1, 0xFFFFFFFFFFFFFFFF + 1)
print(type(10 ** 100).__name__, (10 ** 100).bit_length(), (-10 ** 100).bit_length())
