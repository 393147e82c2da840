# The operator module over _operator: the exported names and aliases,
# getters, and operator functions used as sort keys and reducers.
import operator
from functools import reduce

print(len(operator.__all__), sorted(operator.__all__)[:8])
print(operator.__add__ is operator.add, operator.__concat__ is operator.concat, operator.__inv__ is operator.inv)
print(operator.__doc__.split('\n')[0])
rows = [{'n': 'b', 'v': 2}, {'n': 'a', 'v': 3}, {'n': 'c', 'v': 1}]
print(sorted(rows, key=operator.itemgetter('v')), [r['n'] for r in sorted(rows, key=operator.itemgetter('n'))])
class P:
    def __init__(self, x, y): self.x, self.y = x, y
    def norm(self, k=1): return (self.x ** 2 + self.y ** 2) * k
pts = [P(3, 4), P(1, 1), P(0, 2)]
print([p.x for p in sorted(pts, key=operator.attrgetter('y', 'x'))], list(map(operator.methodcaller('norm', k=2), pts)))
print(reduce(operator.mul, range(1, 6)), reduce(operator.or_, [1, 2, 4]), list(map(operator.neg, [1, -2])))
print(operator.length_hint(iter([1, 2, 3])), operator.index(5), operator.truth(()), operator.call(len, 'abc'))
try:
    operator.concat(1, 2)
except TypeError as e:
    print('TypeError', e)
x = [1]
x = operator.iadd(x, [2])
print(x, operator.countOf('hello', 'l'), operator.indexOf('hello', 'o'), operator.is_not(None, 0))
print(repr(operator.itemgetter(1, 2)), repr(operator.attrgetter('a.b')), repr(operator.methodcaller('m', 1, k=2)))
