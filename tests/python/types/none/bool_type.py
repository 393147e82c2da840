print(bool(0), bool(1), bool(-1), True + False, True * 5, int(True), float(False), str(True), repr(False))
print(True and False, True or False, not True, True & False, True | False, True ^ True, ~True, -True)
print(isinstance(True, int), issubclass(bool, int), bool.__bases__, type(True).__mro__)
print(True == 1, True is not None, hash(True) == hash(1), {True: 'a'}[1], [10, 20][True])
print(True < 2, False < True, sorted([True, False, 0, 1, -1]), sum([True] * 10), max(False, True))
print(f'{True}', f'{True!r}', f'{True:>6}', f'{True:d}', f'{False:b}', '%s %d %r' % (True, True, True))
try:
    bool.__new__(bool, 1, 2)
except TypeError as e:
    print(e)
print(bool('False'), bool(''), bool(' '), bool([None]), bool(()), bool(0.0), bool(-0.0), bool(1e-300))
