print(list(enumerate('abc')), list(enumerate('ab', 10)), list(enumerate([], 5)))
print(list(enumerate('ab', start=-1)), list(enumerate('a', 2 ** 70)))
e = enumerate(iter([1, 2]))
print(next(e), type(e).__name__)
try:
    enumerate(5)
except TypeError as e:
    print(e)
try:
    enumerate('a', 'b')
except TypeError as e:
    print(e)
