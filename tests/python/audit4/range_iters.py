import pickle, sys
def t(f, *a):
    try:
        r = f(*a)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
B = 2**64
rs = [range(10), range(1, 10, 3), range(10, 0, -2), range(0), range(-B, B, 2**60), range(B, -B, -3), range(5, 5), range(0, 10**30, 10**29)]
for r in rs:
    print(r, end=' ')
    t(lambda: (len(r) if len(r) < sys.maxsize else 'big', r.start, r.stop, r.step, bool(r), r[0] if r else None, r[-1] if r else None, r[::2], r[1:-1], r[::-1], r[5:2:-1], r[-2**70:2**70]))
    t(lambda: (3 in r, B in r, -B in r, 3.0 in r if abs(r.stop) + abs(r.start) < 100 else 0, r.count(3), r.count(3.0) if abs(r.stop) + abs(r.start) < 100 else 0, r.index(r[0]) if r else None, hash(r) == hash(range(r.start, r.stop, r.step)), r == range(r.start, r.stop, r.step)))
    t(lambda: list(reversed(r))[:3] if len(r) < 100 else next(reversed(r)))
t(lambda: len(range(2**64))); t(lambda: range(2**64)[2**63]); t(lambda: range(10)[10]); t(lambda: range(10)[-11]); t(lambda: range(10)['a']); t(lambda: range(0, 10, 0)); t(lambda: range(1.5)); t(lambda: range()); t(lambda: range(1, 2, 3, 4)); t(lambda: range(10).index(10)); t(lambda: range(10).index('a')); t(lambda: range(10).index(3.0))
t(lambda: range(0) == range(5, 5)); t(lambda: range(1, 2, 5) == range(1, 3, 7)); t(lambda: range(0, 3, 2) == range(0, 4, 2)); t(lambda: hash(range(0)) == hash(range(3, 3))); t(lambda: hash(range(1, 2, 5)) == hash(range(1, 3, 7))); t(lambda: range(3) < range(4)); t(lambda: range(3) == [0, 1, 2])
t(lambda: hash(range(0, 10, 3)))
t(lambda: range(10).__reduce__()); t(lambda: iter(range(10)).__reduce__()); t(lambda: iter(range(B)).__reduce__()); t(lambda: reversed(range(5)).__reduce__())
it = iter(range(10)); next(it); next(it)
t(lambda: it.__length_hint__()); t(lambda: it.__reduce__()); it.__setstate__(7); t(lambda: list(it)); t(lambda: it.__length_hint__())
it = iter(range(B, B + 5)); next(it); t(lambda: it.__length_hint__()); t(lambda: it.__reduce__()); it.__setstate__(3); t(lambda: list(it))
t(lambda: type(iter(range(B))).__name__); t(lambda: type(iter(range(5))).__name__)
# slice
for sl in [slice(None), slice(1, 5), slice(-3, None, -1), slice(None, None, -2), slice(2**70, -2**70, -1), slice(0, 10, 3)]:
    for n in [0, 1, 5, 10]:
        t(lambda: sl.indices(n))
t(lambda: slice(0, 1, 0).indices(5)); t(lambda: slice(1).indices(-1)); t(lambda: slice('a').indices(5)); t(lambda: slice(1, 2, 3)); t(lambda: slice(1) == slice(None, 1)); t(lambda: hash(slice(1))); t(lambda: slice(1, 2) < slice(1, 3)); t(lambda: slice(1, [], 3).__reduce__()); t(lambda: slice()); t(lambda: slice(1, 2, 3, 4)); t(lambda: slice(1.5, 2.5).indices(10))
class I:
    def __index__(self): return 2
t(lambda: slice(I(), I()).indices(10)); t(lambda: [0, 1, 2, 3][I():]); t(lambda: 'abcd'[slice(I(), None)])
# iterators
def dump(it):
    print(type(it).__name__, end=' ')
    t(lambda: it.__length_hint__() if hasattr(it, '__length_hint__') else 'nolh')
    try:
        red = it.__reduce__()
        print('  reduce', red[0].__name__ if hasattr(red[0], '__name__') else red[0], [type(x).__name__ for x in red[1]], red[2:] if len(red) > 2 and not hasattr(red[2], '__next__') else '')
    except Exception as e:
        print('  reduce', type(e).__name__, e)
    try:
        cp = pickle.loads(pickle.dumps(it))
        print('  pickled', list(cp))
    except Exception as e:
        print('  pickle', type(e).__name__, e)
for mk in [lambda: iter([1, 2, 3]), lambda: iter((1, 2)), lambda: iter('abc'), lambda: iter(b'ab'), lambda: iter(bytearray(b'ab')), lambda: reversed([1, 2, 3]), lambda: reversed((1, 2)), lambda: reversed('ab'), lambda: enumerate('abc', 5), lambda: zip('ab', 'cd'), lambda: zip('ab', 'c', strict=True), lambda: map(str, [1, 2]), lambda: filter(None, [0, 1, 2]), lambda: iter({1: 2, 3: 4}), lambda: iter({1: 2}.values()), lambda: iter({1: 2}.items()), lambda: iter({1, 2}), lambda: iter(frozenset([5])), lambda: reversed({1: 2, 3: 4}), lambda: reversed({1: 2}.items()), lambda: iter(range(3)), lambda: reversed(range(3)), lambda: enumerate(range(2**64, 2**64 + 2), 2**70)]:
    it = mk()
    dump(it)
    next(it)
    dump(it)
it = iter([1, 2, 3]); t(lambda: it.__setstate__(2)); t(lambda: list(it)); t(lambda: it.__setstate__(0)); t(lambda: list(it)); t(lambda: it.__reduce__())
it = reversed([1, 2, 3]); it.__setstate__(0); t(lambda: list(it)); it = reversed([1, 2, 3]); it.__setstate__(-5); t(lambda: list(it)); it = reversed([1, 2, 3]); it.__setstate__(10); t(lambda: list(it))
it = iter('abcd'); it.__setstate__(-1); t(lambda: list(it)); it = iter((1, 2)); it.__setstate__(9); t(lambda: list(it))
L = [1, 2, 3]; it = iter(L); L.append(4); t(lambda: it.__length_hint__()); L.clear(); t(lambda: it.__length_hint__()); t(lambda: list(it)); t(lambda: it.__length_hint__())
t(lambda: zip('a', 'bc', strict=True).__reduce__()[2:]); z = zip('ab', 'c', strict=True); t(lambda: list(z))
z = zip('ab', 'cd'); z.__setstate__(True); t(lambda: z.__reduce__()[2:])
t(lambda: enumerate([], start=1.5)); t(lambda: list(enumerate('ab', True))); t(lambda: reversed(5)); t(lambda: reversed({1})); t(lambda: zip(1)); t(lambda: map(len)); t(lambda: filter(None)); t(lambda: list(map(pow, [2, 3], [4, 5], [5, 7])))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 10
t(lambda: list(reversed(Seq()))); r = reversed(Seq()); t(lambda: r.__length_hint__()); t(lambda: type(r).__name__); t(lambda: r.__reduce__()[0].__name__)
class LH:
    def __iter__(self): return iter([])
    def __length_hint__(self): return 7
import operator
t(lambda: operator.length_hint(LH())); t(lambda: operator.length_hint(iter([1, 2]))); t(lambda: operator.length_hint(5, 3)); t(lambda: operator.length_hint(map(str, [1])))
