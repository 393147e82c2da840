print(list(zip([1, 2, 3], 'ab', strict=False)))
print(list(zip(range(3), range(3), strict=True)))
try:
    list(zip('abc', 'ab', 'abc', strict=True))
except ValueError as e:
    print(e)
import itertools
print(list(itertools.zip_longest('ab', 'xyz', fillvalue='-')))
