# The collections package (pure Python on top of _collections): deque and
# defaultdict re-exported, Counter (built on _count_elements), namedtuple
# (fields are _tuplegetter descriptors), OrderedDict, ChainMap and the
# User* wrappers.
import collections
from collections import deque, defaultdict, Counter, namedtuple, OrderedDict, ChainMap


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


print(collections.deque is deque, deque.__module__, defaultdict.__module__, repr(deque('ab', 3)))
d = deque(range(5))
d.rotate(2)
print(d, d.popleft(), d.pop(), list(reversed(d)), d.index(4), d.maxlen)
words = 'the quick brown the lazy the dog quick'.split()
g = defaultdict(list)
for i, w in enumerate(words):
    g[w].append(i)
print(g, dict(g) == g, g['none'], len(g))

c = Counter(words)
print(c, c.most_common(2), c['the'], c['missing'], c.total(), sorted(c.elements())[:4])
c2 = Counter(a=3, b=1)
c3 = Counter({'a': 1, 'b': 2, 'c': 0})
print(c2 + c3, c2 - c3, c2 | c3, c2 & c3, +c3, -Counter(a=-2, b=1))
c2.update('aab')
c2.subtract({'b': 5})
print(c2, c2 == Counter(a=5, b=-3), Counter('aab') <= Counter('aabb'), Counter() == Counter(x=0))
print(Counter('mississippi').most_common(), list(Counter('abcab')), repr(Counter()))
show("Counter.fromkeys", lambda: Counter.fromkeys('ab'))

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print(p, p.x + p.y, p[0], p._asdict(), p._replace(x=9), Point._make([3, 4]), Point._fields, Point.__doc__)
print(isinstance(p, tuple), p == (1, 2), hash(p) == hash((1, 2)), type(Point.x).__name__, Point.x.__doc__)
x, y = p
print(x, y, Point.__match_args__, Point.__name__, Point.__module__ == __name__)
P3 = namedtuple('P3', 'a b c', defaults=(10, 20), rename=False)
print(P3(1), P3._field_defaults, P3(1, 2, 3)._asdict())
R = namedtuple('R', ['ok', 'def', '1x', 'ok'], rename=True)
print(R._fields)
show("bad field", lambda: namedtuple('Bad', 'a a'))
show("keyword field", lambda: namedtuple('Bad', 'a class'))
show("too many", lambda: Point(1, 2, 3))
show("set field", lambda: setattr(p, 'x', 5))
show("_make short", lambda: Point._make([1]))
show("_replace bad", lambda: p._replace(z=1))

od = OrderedDict.fromkeys('abcde')
od.move_to_end('b')
od.move_to_end('e', last=False)
print(od, od.popitem(), od.popitem(last=False), list(od.keys()), list(reversed(od)))
od2 = OrderedDict([('x', 1), ('y', 2)])
print(od2 == OrderedDict([('y', 2), ('x', 1)]), od2 == {'y': 2, 'x': 1}, od2 | {'z': 3}, repr(OrderedDict()))
show("move missing", lambda: od.move_to_end('zz'))
show("popitem empty", lambda: OrderedDict().popitem())

base, over = {'a': 1, 'b': 2}, {'b': 20, 'c': 30}
cm = ChainMap(over, base)
print(cm['a'], cm['b'], len(cm), sorted(cm), cm.get('z', 0), cm.maps, cm.parents)
child = cm.new_child({'a': 100})
child['d'] = 4
print(child, child['a'], over, dict(child) == {'a': 100, 'b': 20, 'c': 30, 'd': 4})
del child['d']
show("del missing", lambda: child.__delitem__('a') or child.__delitem__('a'))
print(repr(ChainMap()), ChainMap({1: 2}) | {3: 4})

ud = collections.UserDict(a=1)
ud['b'] = 2
ul = collections.UserList([3, 1, 2])
ul.sort()
us = collections.UserString('abc')
print(ud, ud.data, ul, ul + [4], us.upper(), us[1:], len(us), 'b' in us)
