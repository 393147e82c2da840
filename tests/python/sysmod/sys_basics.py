import sys
print(sys.version_info[:2], sys.version_info.major, sys.implementation.name in ('cpython', 'krait'))
print(sys.maxsize, sys.byteorder, type(sys.argv).__name__, sys.argv[0].endswith('sys_basics.py'))
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info.bits_per_digit in (15, 30), sys.hash_info.modulus, sys.hash_info.width, sys.hash_info.inf)
print(sys.getdefaultencoding(), sys.flags.optimize, type(sys.path).__name__)
print(sys.get_int_max_str_digits())
