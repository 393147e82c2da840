# itertools.islice (every index error of CPython), groupby with its shared
# _grouper iterators, and tee with its shared buffer and __copy__.
import itertools as it
import sys


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


s = 'abcdefghij'
for args in [(3,), (None,), (0,), (2, 5), (2, None), (None, 4), (1, 9, 3), (0, None, 4), (5, 2), (20,),
             (None, None, None), (3, 3), (sys.maxsize,), (0, sys.maxsize, sys.maxsize), (True, 3)]:
    print(args, ''.join(it.islice(s, *args)), ''.join(it.islice(iter(s), *args)) == s[slice(*args)])


class Idx:
    def __index__(self):
        return 2


class BadIdx:
    def __index__(self):
        raise KeyError('x')

    def __repr__(self):
        return 'BadIdx()'


print(list(it.islice(s, Idx())), list(it.islice(s, Idx(), None, Idx())))
for args in [(-1,), ('a',), (1.5,), (1, -1), (-1, 2), ('x', 2), (0, 2, 0), (0, 2, -1), (0, 2, 'x'),
             (2 ** 70,), (1, 2 ** 70), (2 ** 70, 3), (1, 3, 2 ** 70), (0, -2), (-5, None), (BadIdx(),),
             (1, BadIdx()), (1, 2, 1.0), (-2,)]:
    show(args, lambda: it.islice(s, *args))
show("islice()", lambda: it.islice())
show("islice('abc')", lambda: it.islice('abc'))
show("islice 5 args", lambda: it.islice('abc', 1, 2, 3, 4))
show("islice kw", lambda: it.islice('abc', stop=1))
show("islice(1, 2)", lambda: it.islice(1, 2))
show("islice(1, -1)", lambda: it.islice(1, -1))
src = iter(range(10))
print(list(it.islice(src, 2, 6, 2)), list(src))
src = iter(range(10))
sl = it.islice(src, 3)
print(list(sl), list(sl), next(src))
print(list(it.islice(it.count(), 2, 20, 7)), list(it.islice(it.count(), 0)))
sl = it.islice(iter(range(10)), 1, 6, 2)
print(next(sl), next(sl), next(sl), next(sl, 'end'))

print([(k, list(g)) for k, g in it.groupby('aaabccdaa')])
print([(k, list(g)) for k, g in it.groupby([1, 2, 4, 5, 7, 9, 10], key=lambda x: x % 2)])
print([(k, ''.join(g)) for k, g in it.groupby('AaBbbC', str.lower)], list(it.groupby([])))
print([k for k, g in it.groupby('aabbbc')], [list(g) for k, g in it.groupby('aabbc', key=None)])
groups = list(it.groupby('aabbc'))
print([(k, list(g)) for k, g in groups])
gb = it.groupby('aaabbc')
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2), next(gb)[0], next(gb, 'end'))
gb = it.groupby([1, 1, 2, 2, 3])
_, g = next(gb)
print(next(g), next(g), next(g, 'end'), next(gb)[0])
print(type(g).__name__, type(gb).__name__, type(g))
show("groupby()", lambda: it.groupby())
show("groupby(1)", lambda: it.groupby(1))
show("groupby 3", lambda: it.groupby([], key=None, x=1))
show("groupby x=", lambda: it.groupby([], x=1))
show("groupby key error", lambda: list(it.groupby([1, 'a'], key=lambda x: x + 1)))
class NoEq:
    def __eq__(self, other):
        raise ValueError('no eq')
show("groupby eq error", lambda: [list(g) for k, g in it.groupby([NoEq(), NoEq()])])
show("_grouper()", lambda: it._grouper())
show("_grouper(1, 2)", lambda: it._grouper(1, 2))

a, b = it.tee([1, 2, 3])
print(list(a), list(b), next(a, 'end'))
a, b, c = it.tee(iter('abcdef'), 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(it.tee('ab', 0), len(it.tee('ab', 5)), [list(x) for x in it.tee('xy', 3)])
a, b = it.tee(range(200))
print(sum(a), sum(b), list(a))
a, b = it.tee(it.count())
print([next(a) for _ in range(100)][-1], next(b))
a, = it.tee(iter([1, 2]), 1)
print(type(a).__name__, list(a))
a, b = it.tee([1, 2, 3])
next(a)
c = a.__copy__()
print(list(c), list(a), list(b))
x, y = it.tee(a)
print(x is a, type(x).__name__, list(x), list(y))
a, b = it.tee([1, 2])
d, e = it.tee(a)
print(list(d), list(e), list(b))
show("tee()", lambda: it.tee())
show("tee(1)", lambda: it.tee(1))
show("tee(1, -1)", lambda: it.tee(1, -1))
show("tee([1], -1)", lambda: it.tee([1], -1))
show("tee([1], 'a')", lambda: it.tee([1], 'a'))
show("tee([1], n=2)", lambda: it.tee([1], n=2))
show("tee 3 args", lambda: it.tee([1], 2, 3))
show("_tee()", lambda: it._tee())
show("_tee(1)", lambda: it._tee(1))
print(list(it._tee([5, 6])), type(it._tee('a')).__name__)
show("_tee_dataobject()", lambda: it._tee_dataobject())
show("_tee_dataobject(1,2,3)", lambda: it._tee_dataobject(1, 2, 3))
def reenter():
    yield next(t[0])
t = it.tee(reenter())
show("tee reentry", lambda: next(t[0]))
