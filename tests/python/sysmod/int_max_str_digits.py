# sys.get_int_max_str_digits / set_int_max_str_digits and the limit they set.
import sys
print(sys.get_int_max_str_digits())
for v in (100, -1, 0, 640, 641):
    try:
        sys.set_int_max_str_digits(v)
        print(v, "ok", sys.get_int_max_str_digits())
    except ValueError as e:
        print(v, type(e).__name__, e)
try:
    sys.set_int_max_str_digits("x")
except TypeError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(maxdigits=5000)
print(sys.get_int_max_str_digits(), len(str(10 ** 4999)))
try:
    str(10 ** 6000)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 6000)), int("9" * 6000) % 1000)
sys.set_int_max_str_digits(4300)
try:
    int("1" * 4301)
except ValueError as e:
    print(e)
