import pickle, copy
class Seq:
    def __init__(self, n): self.n = n
    def __repr__(self): return 'Seq(%d)' % self.n
    def __reduce__(self): return (Seq, (self.n,))
    def __getitem__(self, i):
        if i >= self.n: raise IndexError
        return i * 10
    def __len__(self): return self.n
def sentinel_fn():
    return 1
def mk():
    return [
        ('list', lambda: iter([1, 2, 3])),
        ('listrev', lambda: reversed([1, 2, 3])),
        ('tuple', lambda: iter((1, 2, 3))),
        ('str', lambda: iter('abc')),
        ('ustr', lambda: iter('aé€😀z')),
        ('bytes', lambda: iter(b'abc')),
        ('bytearray', lambda: iter(bytearray(b'abc'))),
        ('range', lambda: iter(range(3, 20, 4))),
        ('rangerev', lambda: reversed(range(3, 20, 4))),
        ('longrange', lambda: iter(range(2**64, 2**64 + 5))),
        ('longrangerev', lambda: reversed(range(2**64, 2**64 + 5))),
        ('set', lambda: iter({1, 2, 3})),
        ('frozenset', lambda: iter(frozenset({1, 2, 3}))),
        ('dictkeys', lambda: iter({1: 'a', 2: 'b', 3: 'c'})),
        ('dictvalues', lambda: iter({1: 'a', 2: 'b', 3: 'c'}.values())),
        ('dictitems', lambda: iter({1: 'a', 2: 'b', 3: 'c'}.items())),
        ('dictrevkeys', lambda: reversed({1: 'a', 2: 'b', 3: 'c'})),
        ('dictrevvalues', lambda: reversed({1: 'a', 2: 'b', 3: 'c'}.values())),
        ('dictrevitems', lambda: reversed({1: 'a', 2: 'b', 3: 'c'}.items())),
        ('enumerate', lambda: enumerate('abc', 5)),
        ('zip', lambda: zip('abc', [1, 2, 3])),
        ('zipstrict', lambda: zip('abc', [1, 2, 3], strict=True)),
        ('map', lambda: map(abs, [-1, -2, 3])),
        ('filter', lambda: filter(None, [0, 1, 2, 0, 3])),
        ('reversedseq', lambda: reversed(Seq(3))),
        ('seqiter', lambda: iter(Seq(3))),
        ('calliter', lambda: iter(iter([5, 6, 1, 7]).__next__, 1)),
    ]
for name, f in mk():
    it = f()
    print(name, type(it).__name__, type(it).__module__, type(it).__qualname__)
    r = it.__reduce__()
    print('  reduce', r[0].__name__, r[1:] if name not in ('map','calliter','filter','enumerate','zip','zipstrict') else len(r))
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        it = f()
        d = pickle.dumps(it, proto)
        a = list(pickle.loads(d))
        it = f()
        next(it)
        d = pickle.dumps(it, proto)
        b = list(pickle.loads(d))
        rest = list(it)
        d = pickle.dumps(it, proto)
        c = list(pickle.loads(d))
        if proto == 0: print('  ', a, b, rest, c)
        assert b == rest, (name, proto)
    it = f(); next(it)
    print('  copy', list(copy.copy(it)), list(copy.deepcopy(it)) if name not in ('calliter',) else '')
    if hasattr(it, '__length_hint__'):
        print('  hint', it.__length_hint__())
    if hasattr(it, '__setstate__'):
        for st in (0, -5, 2, 100):
            it = f()
            try:
                it.__setstate__(st)
                print('  setstate', st, list(it))
            except Exception as e:
                print('  setstate', st, type(e).__name__, e)
        for st in ('a', 1.5 if 'longrange' not in name else None, 2**70):
            try:
                f().__setstate__(st)
                print('  setstate ok', st)
            except Exception as e:
                print('  setstate', type(e).__name__, e)
def show(x):
    if isinstance(x, tuple):
        return '(' + ', '.join(show(y) for y in x) + ')'
    if type(x).__name__.endswith('iterator'):
        return '<%s>' % type(x).__name__
    return repr(x)
for name, f in mk():
    it = f(); list(it)
    r = it.__reduce__()
    print(name, 'exhausted', r[0].__name__, show(r[1:]))
