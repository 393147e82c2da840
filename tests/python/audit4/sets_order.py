import random
def t(f, *a):
    try:
        r = f(*a)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
print({10, 3, 7, 1000})
print({-1, -2, 2**61 - 1, 2**61, 2**64, -2**63, 0})
print({'a', 'b', 'c', 'hello', 'world', ''})
print({1.5, 2.5, 0.1, -0.0, float('inf')})
print({(1, 2), (2, 1), (), ('a',), True, 3j})
print(frozenset(range(100, 0, -7)))
rnd = random.Random(5)
for n in [5, 9, 17, 40, 100, 300]:
    xs = [rnd.randrange(-10**6, 10**6) for _ in range(n)]
    s = set(xs)
    print(list(s))
    for x in xs[::3]:
        s.discard(x)
    print(list(s))
    s.update(range(50))
    print(list(s)[:60])
    fs = frozenset(str(x) for x in xs)
    print(list(fs))
    print(list(set(xs) | set(range(20))), list(set(xs) & set(xs[::2])), list(set(xs) ^ set(xs[::4] + [1, 2, 3])), list(set(xs) - set(xs[1::2])))
    s2 = set()
    for x in xs:
        s2.add(x)
        if x % 3 == 0: s2.discard(x)
    print(list(s2))
    p = set(xs)
    print([p.pop() for _ in range(min(5, len(p)))], list(p)[:10])
words = ['w%d' % i for i in range(200)]
print(list(set(words)))
print(list({w: 1 for w in words}.keys())[:5])
mix = set([1, 'a', 2.5, (1,), b'x', 'b', 3, frozenset([1])])
print(mix)
s = {1, 2, 3}; f = frozenset([2, 3, 4])
t(lambda: (s | f, s & f, s - f, s ^ f, f | s, f & s, type(f | s), type(s | f))); t(lambda: (s <= f, s < f, s >= {1}, s > {1}, s == {1, 2, 3}, s != f, f == frozenset(s)))
t(lambda: s | [1]); t(lambda: s.union([5], (6,), 'a')); t(lambda: s.intersection([1, 2], {2})); t(lambda: s.difference()); t(lambda: s.symmetric_difference([3, 9])); t(lambda: s.issubset([1, 2, 3, 4])); t(lambda: s.issuperset(range(2))); t(lambda: s.isdisjoint(iter([7])))
t(lambda: {1}.remove(2)); t(lambda: set().pop()); t(lambda: {[]}); t(lambda: {1}.add([])); t(lambda: [] in {1}); t(lambda: {1} in {frozenset([1])}); t(lambda: set([1]) == frozenset([1])); t(lambda: hash(frozenset([1, 2, 3]))); t(lambda: hash(frozenset())); t(lambda: hash(frozenset(['a', 'b']))); t(lambda: hash(frozenset(range(100)))); t(lambda: hash(set()))
u = {1, 2}; u |= {3}; u &= {1, 3, 5}; u -= {1}; u ^= {9}; print(u)
t(lambda: u.__ior__([1])); t(lambda: u.__iand__([1])); t(lambda: u < [1]); t(lambda: u.update(5)); t(lambda: u.intersection_update([9], [9, 8])); print(u); t(lambda: u.difference_update(range(5), [9])); print(u); t(lambda: u.symmetric_difference_update('ab')); print(sorted(u))
s = set(range(10))
def sm():
    for x in s: s.add(x + 100)
t(sm)
s = set(range(10))
def sm2():
    for x in s: s.discard(x); s.add(x + 100)
t(sm2)
class FS(frozenset): pass
t(lambda: type(FS([1]) | {2})); t(lambda: FS([1]) == {1}); t(lambda: repr(FS([1, 2]))); t(lambda: frozenset(FS([1])) .__class__)
fz = frozenset([1]); t(lambda: frozenset(fz) is fz); t(lambda: fz.copy() is fz); t(lambda: set(fz).copy() is fz)
t(lambda: {1, 2}.__sizeof__()); t(lambda: set(range(100)).__sizeof__()); t(lambda: frozenset().__sizeof__())
t(lambda: set(range(10))); t(lambda: {x * 8 for x in range(20)}); t(lambda: {x * 1000003 for x in range(-5, 5)})
