print({'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {1: 1} == {1: 1.0}, {1: 'a'} != {1: 'b'}, {} == {}, {'a': [1]} == {'a': [1]})
try:
    {} < {}
except TypeError as e:
    print(e)
n = float('nan')
print({n: 1} == {n: 1}, {1: n} == {1: n}, {'k': n} == {'k': float('nan')})
from collections import OrderedDict
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {'b': 2, 'a': 1})
