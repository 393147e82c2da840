import sys
def t(f, *a):
    try:
        r = f(*a)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
# list sort
data = [(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')]
t(lambda: sorted(data, key=lambda x: x[0])); t(lambda: sorted(data, key=lambda x: x[0], reverse=True)); t(lambda: sorted([3, 1, 2], reverse=1)); t(lambda: sorted([1, 'a'])); t(lambda: sorted([1, 2], key=lambda x: 1 / 0)); t(lambda: sorted([1, 2], key=5)); t(lambda: [3, 1].sort(None)); t(lambda: [1].sort(cmp=1)); t(lambda: sorted([], key=1)); t(lambda: sorted([1], key=1))
L = [5, 3, 1]
def km(x):
    L.append(x); return x
t(lambda: L.sort(key=km)); print(L)
L = [5, 3, 1]
def km2(x):
    L.clear(); return x
t(lambda: L.sort(key=km2)); print(L)
class Bad:
    def __lt__(self, o): raise ValueError('bad lt')
t(lambda: sorted([Bad(), Bad()])); t(lambda: sorted([float('nan'), 1, float('nan'), 0])); t(lambda: sorted([3, 2.5, True, 10**20, -1.5]))
t(lambda: [1, 2, 3].index(2, -2)); t(lambda: [1, 2, 3].index(5)); t(lambda: [1, 2, 3].index(1, 1, 2**70)); t(lambda: [1, 2].pop(5)); t(lambda: [].pop()); t(lambda: [1].remove(2)); t(lambda: [1, 2, 3][::-2]); t(lambda: [1, 2][1:0:-1])
l = list(range(10))
def lm(f):
    try: f(); print(l)
    except Exception as e: print(type(e).__name__, e, l)
def l1(): l[::2] = [0] * 4
def l2(): l[::2] = 'abcde'
def l3(): l[2:5] = []
def l4(): del l[::-3]
def l5(): l[1:1] = l
def l6(): l[::1] = (x for x in 'ab')
def l7(): l[0:0] = 5
def l8(): l.insert(2**70, 'x')
def l9(): l.extend(l)
def l10(): l *= 0
for f in [l1, l2, l3, l4, l5, l6, l7, l8, l9]:
    lm(f)
t(lambda: [1] * 2 + [2]); t(lambda: [1, 2] < [1, 2, 3]); t(lambda: [1, 2] == (1, 2)); t(lambda: [] + ()); t(lambda: [0] * 2**62)
# tuple
t(lambda: (1, 2) + (3,)); t(lambda: (1, 2).index(2)); t(lambda: (1, 2).count(1)); t(lambda: (1, [2]).__hash__()); t(lambda: hash((1, 2))); t(lambda: hash(())); t(lambda: hash((1,))); t(lambda: hash(((1, 2), 'a', 1.5))); t(lambda: hash((-1, -2))); t(lambda: tuple('ab')); t(lambda: (1,) * -1); t(lambda: (1, 2)[5]); t(lambda: (1, 2, 3)[::-1]); t(lambda: (1, 2) < (1, 'a'))
# dict
d = {'a': 1, 'b': 2, 'c': 3}
t(lambda: d.keys() & {'a', 'z'}); t(lambda: d.keys() | ['z']); t(lambda: d.keys() - 'ab'); t(lambda: d.keys() ^ {'a': 0, 'q': 1}); t(lambda: d.items() & {('a', 1), ('b', 3)}); t(lambda: d.items() | {('x', [])}); t(lambda: d.keys() == {'a', 'b', 'c'}); t(lambda: d.items() <= {('a', 1), ('b', 2), ('c', 3), 5}); t(lambda: d.values() == d.values()); t(lambda: d.keys().isdisjoint('xyz')); t(lambda: {'a', 'q'} & d.keys()); t(lambda: ['a'] | d.keys()); t(lambda: d.keys() & 5)
t(lambda: d | {'d': 4}); t(lambda: {'d': 4} | d); t(lambda: d | [('e', 5)]); t(lambda: reversed(d.items()).__next__()); t(lambda: list(reversed(d.values()))); t(lambda: d.keys().mapping); t(lambda: repr(d.items())); t(lambda: len(d.values()))
e = dict(d); e |= [('z', 0)]; print(e)
t(lambda: e.__ior__(5)); t(lambda: d.popitem()); print(d); t(lambda: {}.popitem()); t(lambda: dict.fromkeys('ab')); t(lambda: dict.fromkeys([1, 2], [])); t(lambda: dict.fromkeys(5))
class DD(dict):
    pass
t(lambda: type(DD.fromkeys('a'))); t(lambda: type(DD(a=1) | {})); t(lambda: dict([(1, 2), 'ab'])); t(lambda: dict([(1, 2, 3)])); t(lambda: dict([1])); t(lambda: dict({1: 2}, a=3)); t(lambda: {}.setdefault('k')); t(lambda: {}.get([])); t(lambda: {}[[]]); t(lambda: {1: 2}.pop(3)); t(lambda: {1: 2}.pop(3, None)); t(lambda: {(): 1}[()])
d = {i: i for i in range(5)}
def it1():
    for k in d: d[k + 100] = 1
def it2():
    for k in d: del d[k]
def it3():
    for k in d.values(): d.pop(k)
def it4():
    for k in d.items(): d.clear()
def it5():
    for k in d: d[k] = 0
def it6():
    for k in d: d.pop(k); d[k] = 1
for f in [it1, it2, it3, it4, it5]:
    d = {i: i for i in range(5)}
    t(f); print(d)
d = {i: i for i in range(5)}
t(it6); print(d)
t(lambda: {1: 'a', True: 'b', 1.0: 'c'}); t(lambda: {0: 1} == {False: 1}); t(lambda: {'a': 1} < {'a': 2})
# recursive reprs
a = [1]; a.append(a); print(a)
dd = {}; dd['self'] = dd; dd['l'] = [dd]; print(dd)
s = set(); print(repr(s), repr(frozenset()))
class R:
    def __repr__(self): return repr(self.x)
r = R(); r.x = [r]
t(lambda: repr(r))
from collections import OrderedDict, deque
o = OrderedDict(); o['o'] = o; print(o)
q = deque(); q.append(q); print(q)
tt = ([],); tt[0].append(tt); print(tt)
print(d.keys().__class__.__name__, repr({}.keys()), repr({1: [2]}.values()))
dv = {}; dv[1] = dv.values(); print(dv)
