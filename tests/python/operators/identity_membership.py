a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a is not c, a == c)
print(None is None, type(None) is type(None))
print(2 in a, 3 not in a, 'b' in 'abc', 'ab' in 'cabd', '' in 'x')
print(1 in {1: 2}, 2 in {1: 2}, 1 in {1}, (1, 2) in [(1, 2)])
nan = float('nan')
print(nan in [nan], nan == nan, [nan] == [nan], (nan,) == (nan,))
try:
    1 in 5
except TypeError as e:
    print(e)
try:
    [] in 'abc'
except TypeError as e:
    print(e)
