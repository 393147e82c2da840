# _collections.deque as a sequence and object: iteration and the
# "deque mutated during iteration" checks, reversed, comparisons, + * += *=,
# repr with recursion, copy/__reduce__, subclasses.
from _collections import deque, _deque_iterator, _deque_reverse_iterator


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


d = deque('abcde')
print(list(d), list(reversed(d)), 'c' in d, 'z' in d, [x for x in d if x > 'b'])
it = iter(d)
print(next(it), it.__length_hint__(), type(it).__name__, type(reversed(d)).__name__)
for mutate in [lambda: d.append('f'), lambda: d.pop(), lambda: d.rotate(0), lambda: d.rotate(2),
               lambda: d.clear(), lambda: d.extend([]), lambda: d.__setitem__(0, 'A'), lambda: d.reverse(),
               lambda: d.insert(1, 'i'), lambda: d.remove('c'), lambda: d.__delitem__(0)]:
    d = deque('abcde')
    fw, bw = iter(d), reversed(d)
    next(fw), next(bw)
    mutate()
    show('next fw', lambda: next(fw))
    show('next fw again', lambda: next(fw, 'end'))
    show('next bw', lambda: next(bw))
try:
    for x in d:
        d.appendleft(x)
except RuntimeError as e:
    print('loop', e)
d = deque([1])
fw = iter(d)
print(list(fw))
d.append(2)
show('exhausted then mutated', lambda: next(fw, 'x'))
rv = reversed(deque())
print(next(rv, 'empty reversed'))


class Mut:
    def __init__(self, d, exc=False):
        self.d = d
        self.exc = exc

    def __eq__(self, other):
        if self.exc:
            raise ValueError('eq failed')
        self.d.append(9)
        return False


for meth in ['count', 'index', 'remove', '__contains__']:
    d = deque([1, 2, 3])
    show(meth, lambda: getattr(d, meth)(Mut(d)))
    d = deque([1, 2, 3])
    show(meth + ' raising', lambda: getattr(d, meth)(Mut(d, True)))

print(deque('abc') == deque('abc'), deque('abc') != deque('abd'), deque([1, 2]) <= deque([1, 2]))
print(deque([1, 2]) > deque([1]), deque([1]) >= deque([1, 2]), deque([1, 2]) < deque([1, 3]), deque() < deque([0]))
print(deque([1, 2]) == deque([1, 2], 3), deque([1]) == [1], deque([1]) != (1,))
show("< list", lambda: deque([1]) < [1])
show("< uncomparable", lambda: deque([1]) < deque(['a']))
d = deque([1, 2, 3])
print(d + deque([4]), d * 2, 2 * d, d * 0, d * -1, d * 1 is d, d + deque() is d)
print(deque([1, 2], 5) * 3, deque([1], 3) * 10, deque([1, 2], 3) + deque([3, 4]))
show("+ list", lambda: d + [1])
show("list +", lambda: [1] + d)
show("* str", lambda: d * 'a')
show("* float", lambda: d * 1.5)
show("* big", lambda: d * 2 ** 70)
e = d
e += [4, 5]
e += 'ab'
e += e
print(e, e is d)
e *= 2
print(len(e), e is d)
f = deque(range(5), 5)
f *= 3
print(f)
f = deque([1, 2], 5)
f *= 3
print(f)
f *= 0
print(f)
show("+= int", lambda: d.__iadd__(5))


class RAdd:
    def __radd__(self, other):
        return 'radd'

    def __rmul__(self, other):
        return 'rmul'


print(d + RAdd(), d * RAdd())
print(repr(deque()), repr(deque([], 2)), repr(deque(['a', (1, 2)], maxlen=3)), str(deque([1.5])))
r = deque([1])
r.append(r)
print(r, repr(deque([r])))
print(d.copy() == d, d.copy() is d, type(d.__copy__()).__name__, deque([1], 4).copy().maxlen)
red = deque([1, 2], 5).__reduce__()
print(red[0].__name__, red[1], red[2], list(red[3]))
red = deque([1, 2]).__reduce__()
print(red[0].__name__, red[1], red[2], list(red[3]))
show("hash", lambda: hash(deque()))
print(list(_deque_iterator(deque('abc'), 1)), list(_deque_reverse_iterator(deque('abc'), 2)), list(_deque_iterator(deque('ab'), 9)))
it = iter(deque('abc'))
next(it)
print(it.__reduce__()[1][1], type(it.__reduce__()[1][0]).__name__)
show("_deque_iterator([1])", lambda: _deque_iterator([1]))
show("_deque_iterator()", lambda: _deque_iterator())
print(deque.__name__, deque.__module__, deque.__qualname__, type(deque.maxlen).__name__)


class Sub(deque):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.tag = 'sub'


s = Sub([1, 2], 4)
s.extra = 5
print(repr(s), s.tag, s.extra, s.maxlen, type(s.copy()).__name__, s.copy().tag, type(s + s).__name__, s * 2)
print(sorted(s.__dict__.items()), s.__reduce__()[1], sorted(s.__reduce__()[2].items()))


class BadCopy(deque):
    def __new__(cls, *a):
        return [1]


b = deque.__new__(BadCopy)
show("bad copy", lambda: b.copy())
import sys
print(sys.getsizeof(deque()) > 0, deque().__sizeof__() < deque(range(1000)).__sizeof__())


class Plain(deque):
    pass


class Refl(deque):
    def __rmul__(self, other):
        return 'Refl.rmul'

    def __radd__(self, other):
        return 'Refl.radd'


for f in [lambda: deque([1]) * Plain(), lambda: Plain([1]) * Plain(), lambda: deque([1]) * Refl(),
          lambda: deque([1]) + Refl(), lambda: Plain([1]) + Refl([2]), lambda: Refl([1]) * 2, lambda: 3 * Refl([1]),
          lambda: Plain([1]) * 2, lambda: 2 * Plain([1]), lambda: deque([1]) + Plain([2]), lambda: Plain([1]) + deque([2]),
          lambda: Refl([1]) + Refl([2])]:
    show('subclass op', f)


class RInt(int):
    def __rmul__(self, other):
        return 'RInt.rmul'


class PInt(int):
    pass


for f in [lambda: deque([1]) * RInt(2), lambda: RInt(2) * deque([1]), lambda: deque([1]) * PInt(2), lambda: PInt(2) * deque([1])]:
    show('int subclass op', f)
e = deque([1])
e *= RInt(3)
print(e)
for left, right in [(deque([1]), Refl([2])), (deque([1]), RAdd()), (Refl([1]), Refl([2])), (Plain([1]), deque([2]))]:
    left += right
    print('iadd', left)
print(deque[int], deque[int].__origin__ is deque, d.__class_getitem__(str), Sub[int])
