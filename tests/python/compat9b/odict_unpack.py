# An OrderedDict reordered by move_to_end keeps its own order wherever a
# dict's contents are copied: {**od}, f(**od), dict(od), dict.update,
# json, pickle, copy; a plain dict subclass without __iter__ uses the
# dict's order.
import copy
import json
import pickle
from collections import OrderedDict

o = OrderedDict(a=1, b=2, c=3)
o.move_to_end('a')
o.move_to_end('c', last=False)


def f(**kw):
    return list(kw)


d = {}
d.update(o)
print({**o}, {'z': 0, **o}, f(**o), f(z=0, **o), dict(o), d)
print(json.dumps(o), list(pickle.loads(pickle.dumps(o))), list(copy.copy(o)), list(copy.deepcopy(o)))
try:
    f(a=0, **o)
except TypeError as e:
    print('TypeError', e)


class D(dict):
    pass


class I(dict):
    def __iter__(self):
        return iter(sorted(dict.keys(self), reverse=True))

    def keys(self):
        return list(self.__iter__())


print({**D(b=1, a=2)}, {**I(a=1, c=2, b=3)}, f(**I(a=1, c=2, b=3)))
