class WithInt:
    def __int__(self): return 42
class WithIndex:
    def __index__(self): return 7
class WithTrunc:
    def __trunc__(self): return 9
class BadInt:
    def __int__(self): return 'x'
print(int(WithInt()), int(WithIndex()))
import warnings
warnings.simplefilter('ignore')
print(int(WithTrunc()))
try:
    int(BadInt())
except TypeError as e:
    print(e)
try:
    int([1])
except TypeError as e:
    print(e)
try:
    int(None)
except TypeError as e:
    print(e)
class SubInt(int): pass
print(type(int(SubInt(3))).__name__, int(SubInt(3)))
