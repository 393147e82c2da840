# _collections.defaultdict (a dict subclass: __missing__, default_factory,
# repr, copy, |, subclasses) and the helpers collections/__init__.py uses:
# _count_elements and _tuplegetter.
import _collections
from _collections import defaultdict, _count_elements, _tuplegetter


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


print(sorted(n for n in dir(_collections) if not n.startswith('__') and n != 'OrderedDict'))
d = defaultdict(list)
d['a'].append(1)
d['a'].append(2)
d['b']
print(d, len(d), d['a'], 'c' in d, d.get('c'), 'c' in d, isinstance(d, dict), type(d).__mro__[1].__name__)
c = defaultdict(int)
for ch in 'mississippi':
    c[ch] += 1
print(c, sorted(c.items()), c == dict(c), dict(c) == c)
print(defaultdict(), defaultdict(None), defaultdict(list, a=1), defaultdict(list, [(1, 2)], a=1), defaultdict(int, {1: 2}))
print(defaultdict(default_factory=list), defaultdict(lambda: 'x')['k'] == 'x')
show("defaultdict(1)", lambda: defaultdict(1))
show("defaultdict(list, 1, 2)", lambda: defaultdict(list, 1, 2))
show("missing no factory", lambda: defaultdict()[1])
show("missing tuple key", lambda: defaultdict()[(1, 2)])
show("__missing__ no factory", lambda: defaultdict().__missing__('k'))
show("factory raising", lambda: defaultdict(lambda: 1 / 0)['k'])
d = defaultdict(list)
print(d.__missing__(5), d, d.default_factory)
d.default_factory = set
print(d[6], d.default_factory)
d.default_factory = None
show("after None", lambda: d[7])
del d.default_factory
print(d.default_factory)
d.default_factory = 5
show("non-callable factory", lambda: d[8])
print(d.get(9), d.setdefault(10, 'x'), d.pop(10), 9 in d)
e = defaultdict(list, {1: [2]})
cp = e.copy()
cp[1].append(3)
cp[5]
print(e, cp, type(cp).__name__, cp.default_factory, e.__copy__() == e)
print(e | {3: 4}, {3: 4} | e, type({3: 4} | e).__name__, (e | {3: 4}).default_factory)
show("| int", lambda: e | 1)
f = defaultdict(int, {'a': 1})
f |= {'b': 2}
f |= [('c', 3)]
print(f, type(f).__name__)
r = defaultdict(list, {1: 2}).__reduce__()
print(r[0].__name__, r[1], r[2], r[3], list(r[4]))
print(defaultdict().__reduce__()[1], defaultdict.__name__, defaultdict.__module__, defaultdict.__qualname__)
x = defaultdict(list)
x[1] = x
print(x)
y = defaultdict()
y.default_factory = y
print(y)
show("hash", lambda: hash(defaultdict()))
show("attr", lambda: defaultdict().foo)
show("__dict__", lambda: defaultdict().__dict__)


class Counter(defaultdict):
    def __init__(self, *a):
        super().__init__(int, *a)

    def __missing__(self, key):
        return -1


k = Counter({'a': 1})
k.note = 'n'
print(k, k['zz'], 'zz' in k, k.note, k.__dict__, repr(k))


class DD(defaultdict):
    pass


dd = DD(list)
dd['q'].append(1)
print(dd, type(dd.copy()).__name__, type(dd | {}).__name__, dd.__dict__)

m = {}
_count_elements(m, 'abracadabra')
print(m)
m = {'a': 10}
_count_elements(m, iter('aab'))
print(m)


class Loud(dict):
    def __setitem__(self, k, v):
        print('set', k, v)
        super().__setitem__(k, v)


l = Loud()
_count_elements(l, 'xyx')
print(l)


class Mapping:
    def __init__(self):
        self.d = {}

    def get(self, k, default):
        return self.d.get(k, default)

    def __setitem__(self, k, v):
        self.d[k] = v


mp = Mapping()
_count_elements(mp, [1, 2, 1])
print(mp.d)
show("_count_elements()", lambda: _count_elements())
show("_count_elements({}, 1)", lambda: _count_elements({}, 1))
show("_count_elements(1, [1])", lambda: _count_elements(1, [1]))
show("_count_elements unhashable", lambda: _count_elements({}, [[1]]))
m = {'a': 'x'}
show("_count_elements str + int", lambda: _count_elements(m, 'a'))

g = _tuplegetter(1, 'the second')
print(repr(g), g.__doc__, g.__reduce__(), g.__get__((5, 6)), g.__get__(None, tuple) is g)


class P(tuple):
    x = _tuplegetter(0, 'x field')
    y = _tuplegetter(1, None)


p = P((3, 4))
print(p.x, p.y, P.x is P.__dict__['x'], P.x.__doc__, repr(P.y))
show("set field", lambda: setattr(p, 'x', 1))
show("del field", lambda: delattr(p, 'x'))
show("out of range", lambda: P(()).x)
show("not tuple", lambda: _tuplegetter(0, '').__get__([5]))
show("_tuplegetter(0)", lambda: _tuplegetter(0))
show("_tuplegetter('a', 'd')", lambda: _tuplegetter('a', 'd'))
g.__doc__ = 'changed'
print(g.__doc__, type(g).__name__, type(g).__module__)
print(defaultdict[str, int], defaultdict[int].__args__, DD[int])
