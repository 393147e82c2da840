print(bool(), bool(0), bool(1), bool('0'), bool([]), bool(None), bool(0.0), bool(-0.0), bool(0j))
print(bool.__name__, bool.__bases__, isinstance(True, int), True == 1, hash(True))
try:
    class B(bool): pass
except TypeError as e:
    print(e)
print(str(True), repr(False), True + 1, f'{True:d}', f'{True}', format(False, '>6'))
try:
    bool(x=1)
except TypeError as e:
    print(e)
