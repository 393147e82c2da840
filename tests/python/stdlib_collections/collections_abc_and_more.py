# collections on top of _collections: ABC registration of deque, Counter's
# use of _count_elements with overridden dict methods, namedtuple's
# _tuplegetter fields in subclasses and pattern matching, OrderedDict
# (pure Python) equality and move_to_end, defaultdict of defaultdicts.
import collections
import collections.abc as cabc
from collections import deque, defaultdict, Counter, namedtuple, OrderedDict


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


print(isinstance(deque(), cabc.MutableSequence), isinstance(deque(), cabc.Sequence), issubclass(deque, cabc.Iterable))
print(isinstance(defaultdict(), cabc.MutableMapping), isinstance(iter(deque()), cabc.Iterator), isinstance(Counter(), dict))
print(isinstance(reversed(deque()), cabc.Iterator), isinstance(deque(), cabc.Hashable), issubclass(OrderedDict, dict))


class LoudCounter(Counter):
    def __setitem__(self, key, value):
        print('  set', key, value)
        super().__setitem__(key, value)


lc = LoudCounter()
lc.update('abca')
print(lc)
c = Counter()
c.update(iter('hello'))
c.update({'h': 10})
print(c, c.most_common(1), Counter('aab') == Counter({'a': 2, 'b': 1}))


class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()

    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __repr__(self):
        return 'Vec<%s,%s>' % self


v = Vec(3, 4)
print(v, v.norm2, v.x, Vec.x.__doc__, Vec._fields, Vec._make([1, 2]) + (3,))
match v:
    case Vec(x, y):
        print('matched', x, y)
show("vec attr set", lambda: setattr(v, 'x', 1))
Emp = namedtuple('Emp', 'name, age', module='people')
print(Emp.__module__, Emp('a', 3), Emp.age, Emp(name='b', age=4)._asdict())

tree = lambda: defaultdict(tree)
t = tree()
t['a']['b']['c'] = 1
t['a']['x'] = 2
print(sorted(t['a']), t['a']['b']['c'], len(t), 'q' in t, type(t['a']).__name__)

o1 = OrderedDict([('a', 1), ('b', 2)])
o2 = OrderedDict([('b', 2), ('a', 1)])
print(o1 == o2, o1 == dict(o2), list(o1.items()), o1.popitem(last=True), o2.setdefault('c', 3), o2)
o2.move_to_end('b')
print(list(o2), repr(o2.copy()), OrderedDict.fromkeys('xy', 0))

d = deque(maxlen=3)
for i in range(10):
    d.append(i)
print(d, sum(d), max(d), sorted(d, reverse=True), list(zip(d, 'abc')), [x * 2 for x in d])
window = deque()
out = []
for x in [5, 1, 4, 2, 8, 3]:
    window.append(x)
    if len(window) > 3:
        window.popleft()
    out.append(max(window))
print(out)
