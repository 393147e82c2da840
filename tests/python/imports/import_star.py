from _star import *
print(public_a, public_b)
try:
    _private
except NameError as e:
    print(e)
try:
    hidden
except NameError as e:
    print(e)
