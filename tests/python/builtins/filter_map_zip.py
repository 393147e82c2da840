print(list(filter(lambda x: x % 2, range(10))), list(filter(None, [0, 1, [], [1], '', 'a'])))
print(list(map(str.upper, 'abc')), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(zip('abc', range(5), [True] * 2)), list(zip('ab')))
try:
    map(len)
except TypeError as e:
    print(e)
try:
    list(map(5, [1]))
except TypeError as e:
    print(e)
try:
    zip(1)
except TypeError as e:
    print(e)
