# OrderedDict's C-class behaviour: order-sensitive equality only between
# OrderedDicts, mutation during iteration, views, pickling of iterators,
# subclasses, dict.__new__, recursion in repr, popitem/pop on subclasses.
import pickle
from collections import OrderedDict

od = OrderedDict.fromkeys('abcde')
print(list(od), type(od).__name__, OrderedDict.__module__)
try:
    for i, k in enumerate(od):
        od.move_to_end(k)
except RuntimeError as e:
    print('RuntimeError', e)
try:
    for k in od:
        od['f'] = None
except RuntimeError as e:
    print('RuntimeError', e)
try:
    for k in od:
        del od['c']
except RuntimeError as e:
    print('RuntimeError', e)
print(list(od))

pairs = [('c', 1), ('b', 2), ('a', 3), ('d', 4)]
o = OrderedDict(pairs)
for name in ('keys', 'values', 'items'):
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        it = iter(getattr(o, name)())
        next(it)
        print(name, proto, list(pickle.loads(pickle.dumps(it, proto))), list(it))
    r = reversed(getattr(o, name)())
    print(name, 'reversed', list(r), type(r).__name__)
print(repr(o.keys()), repr(o.values()), repr(o.items()))
print(type(o.keys()).__name__, type(o.keys()).__bases__, isinstance(o.items(), type({}.items())))
print(o.keys() - {'a'} == {'b', 'c', 'd'}, sorted(o.items() & {('a', 3)}), sorted(o.keys() ^ {'x', 'a'}))

a = OrderedDict([(1, 1), (2, 2)])
b = OrderedDict([(2, 2), (1, 1)])
print(a == b, a != b, a == dict(b), dict(b) == a, a == {2: 2, 1: 1})

class LRU(OrderedDict):
    def __getitem__(self, k):
        v = super().__getitem__(k)
        self.move_to_end(k)
        return v
    def __setitem__(self, k, v):
        super().__setitem__(k, v)
        if len(self) > 2:
            self.popitem(last=False)
c = LRU()
c[1] = 1; c[2] = 2; c[1]; c[3] = 3
print(c, c.pop(1), c.popitem(), c)

class Slots(OrderedDict):
    __slots__ = ('x',)
s = Slots(a=1)
s.x = 5
print(s.__reduce__()[2], pickle.loads(pickle.dumps(s)).x, Slots.__reduce__(Slots())[2])
d = dict.__new__(OrderedDict)
d['z'] = 1
d['y'] = 2
d.move_to_end('z')
print(d, type(d).__name__)
rec = OrderedDict()
rec['self'] = rec
rec['v'] = rec.values()
print(repr(rec))
e = OrderedDict()
print(repr(e), e.__reduce__()[:4], OrderedDict.__reduce__(OrderedDict(q=1))[4].__class__.__name__)
e.attr = 1
print(e.__dict__, e.__reduce__()[2])
print(OrderedDict(a=1).__sizeof__() > dict(a=1).__sizeof__())
for f in (lambda: OrderedDict([1]), lambda: OrderedDict([(1, 2, 3)]), lambda: OrderedDict(5),
          lambda: OrderedDict.fromkeys(3), lambda: hash(OrderedDict()), lambda: OrderedDict() | 1,
          lambda: OrderedDict().pop(), lambda: OrderedDict().popitem(1, 2), lambda: OrderedDict().move_to_end()):
    try:
        f()
    except Exception as ex:
        print(type(ex).__name__, ex)
x = OrderedDict(a=1)
x |= {'b': 2}
x |= [('c', 3)]
print(x, OrderedDict.fromkeys('ab', value=0), x.setdefault('d'), x)
dict.__setitem__(x, 'hidden', 1)
print('hidden' in x, len(x), list(x))
