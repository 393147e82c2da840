print(repr(exit), repr(quit), type(exit).__name__)
print(str(copyright).split('\n')[0][:9], type(help).__name__, callable(license), callable(credits))
try:
    exit(4)
except SystemExit as e:
    print('SystemExit', e.code)
try:
    quit('bye')
except SystemExit as e:
    print('SystemExit', e.code)
import builtins
C = builtins.__build_class__(lambda: None, 'C')
print(C.__name__, type(C).__name__)
C2 = builtins.__build_class__(lambda: None, 'C2', C)
print(C2.__name__, C2.__bases__[0].__name__, isinstance(C2(), C))
try:
    builtins.__build_class__(5, 'X')
except TypeError as e:
    print(e)
