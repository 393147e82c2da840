a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b, b | a, a, b)
c = a
c |= b
print(c is a, a)
c |= [('w', 0)]
print(a)
try:
    a | [('q', 1)]
except TypeError as e:
    print(e)
from collections import OrderedDict, defaultdict
print(OrderedDict(a=1) | {'b': 2}, type(OrderedDict(a=1) | {'b': 2}).__name__, type({'b': 2} | OrderedDict(a=1)).__name__)
dd = defaultdict(int, {'k': 1})
print(dd | {'j': 2}, type(dd | {}).__name__)
