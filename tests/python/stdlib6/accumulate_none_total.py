# itertools.accumulate pickles a running total of None through islice
import copy, operator, pickle
from itertools import accumulate

it = accumulate([None, None, None], operator.is_)
print(next(it))
r = it.__reduce__()
print(r[0].__name__, type(r[1][0]).__name__, r[1][1:], r[2:])
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print(proto, list(pickle.loads(pickle.dumps(it, proto))))
print(list(copy.deepcopy(it)), list(copy.copy(it)))
it2 = accumulate([1, 2, 3])
print(it2.__reduce__()[0].__name__, it2.__reduce__()[2:])
next(it2)
print(it2.__reduce__()[2:], list(pickle.loads(pickle.dumps(it2))))
