print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(4))), list(reversed((1, 2))))
print(list(reversed({'a': 1, 'b': 2})), list(reversed({'a': 1}.items())), list(reversed({'a': 1}.values())))
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
