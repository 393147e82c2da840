# bool's &, | and ^ return bool, also when the compiler folds constants.
print(True & True, True | False, True ^ True, False ^ False)
print(type(True & True).__name__, type(True | 1).__name__, type(False ^ 0).__name__)
t, f = True, False
print(t & t, t | f, t ^ t, type(t & f).__name__, type(t & 1).__name__)
print({1, 2} & {2, 3}, {10, 3, 7, 1000})
