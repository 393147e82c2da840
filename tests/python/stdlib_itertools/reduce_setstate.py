# __reduce__ and __setstate__ of the itertools types (what pickle and copy
# use): rebuilding an object from its reduction continues where it was,
# and __setstate__ checks its argument as CPython does.
import itertools as it


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


def rebuild(o):
    r = o.__reduce__()
    f, args = r[0], r[1]
    c = f(*args)
    if len(r) > 2 and r[2] is not None:
        c.__setstate__(r[2])
    return c


def describe(o):
    r = o.__reduce__()
    parts = [r[0].__name__ if isinstance(r[0], type) else r[0].__name__]
    for x in r[1:]:
        parts.append(shape(x))
    return parts


def shape(x):
    if isinstance(x, tuple):
        return tuple([shape(y) for y in x])
    if isinstance(x, list) or x is None or isinstance(x, (int, str, bool)):
        return x
    return type(x).__name__


cases = [
    ('accumulate', lambda: it.accumulate([1, 2, 3, 4]), 1),
    ('accumulate initial', lambda: it.accumulate([1, 2, 3], initial=10), 0),
    ('accumulate func', lambda: it.accumulate([5, 1, 7, 2], max), 2),
    ('chain', lambda: it.chain('ab', 'cd', 'e'), 1),
    ('chain fresh', lambda: it.chain('ab', 'cd'), 0),
    ('chain done', lambda: it.chain('a'), 5),
    ('from_iterable', lambda: it.chain.from_iterable(['xy', 'z']), 1),
    ('cycle', lambda: it.cycle('abc'), 2),
    ('cycle wrapped', lambda: it.cycle('abc'), 4),
    ('compress', lambda: it.compress('abcdef', [1, 0, 1, 1, 0, 1]), 1),
    ('dropwhile', lambda: it.dropwhile(lambda x: x < 3, [1, 2, 3, 1, 5]), 1),
    ('dropwhile fresh', lambda: it.dropwhile(bool, [1, 0, 2]), 0),
    ('takewhile', lambda: it.takewhile(bool, [1, 2, 0, 3]), 1),
    ('filterfalse', lambda: it.filterfalse(None, [0, 1, 0, 2]), 1),
    ('starmap', lambda: it.starmap(pow, [(2, 1), (2, 2), (2, 3)]), 1),
    ('islice', lambda: it.islice('abcdefgh', 1, 7, 2), 1),
    ('islice stop', lambda: it.islice('abcdefgh', 3), 1),
    ('islice done', lambda: it.islice('ab', 1), 3),
    ('zip_longest', lambda: it.zip_longest('abc', 'x', fillvalue='-'), 2),
    ('product', lambda: it.product('ab', 'xyz'), 2),
    ('product fresh', lambda: it.product('ab', repeat=2), 0),
    ('product done', lambda: it.product('a'), 3),
    ('permutations', lambda: it.permutations('abc', 2), 2),
    ('permutations fresh', lambda: it.permutations('abc'), 0),
    ('permutations done', lambda: it.permutations('ab'), 5),
    ('combinations', lambda: it.combinations('abcd', 2), 3),
    ('combinations done', lambda: it.combinations('ab', 2), 3),
    ('cwr', lambda: it.combinations_with_replacement('abc', 2), 2),
    ('count', lambda: it.count(5, 3), 2),
    ('repeat', lambda: it.repeat('r', 4), 1),
    ('tee', lambda: it.tee(iter('abcd'))[0], 1),
    ('groupby', lambda: it.groupby('aabbbc'), 1),
]
for label, make, skip in cases:
    o = make()
    for _ in range(skip):
        next(o, None)
    print(label, describe(o))
    o = make()
    for _ in range(skip):
        next(o, None)
    c = rebuild(o)
    items = list(it.islice(c, 12))
    if label == 'groupby':
        items = [(k, list(g)) for k, g in items]
    print('   ', type(c).__name__, items)

gb = it.groupby('aabbc')
k, g = next(gb)
print(shape(g.__reduce__()), next(g))
next(gb)
print(g.__reduce__()[0] is iter, g.__reduce__()[1])
print('__reduce__' in it.pairwise.__dict__, '__setstate__' in it.compress.__dict__, '__setstate__' in it.islice.__dict__)
for name, o in [('chain', it.chain()), ('cycle', it.cycle('a')), ('groupby', it.groupby('a')),
                ('permutations', it.permutations('ab')), ('tee', it.tee('a')[0])]:
    show(name + ' setstate 1', lambda: o.__setstate__(1))
show("chain setstate non-iterators", lambda: it.chain().__setstate__(([1], [2])))
show("chain setstate ()", lambda: it.chain().__setstate__(()))
show("cycle setstate bad list", lambda: it.cycle('a').__setstate__((1, 0)))
show("product setstate bad", lambda: it.product('ab').__setstate__((0, 0)))
show("product setstate str", lambda: it.product('ab').__setstate__(('a',)))
show("combinations setstate bad", lambda: it.combinations('ab', 1).__setstate__((0, 0)))
show("permutations setstate bad", lambda: it.permutations('ab').__setstate__(((0,), (1,))))
show("islice setstate str", lambda: it.islice('ab', 1).__setstate__('a'))
p = it.product('abc', 'xy')
p.__setstate__((5, -3))
print(list(p))
c = it.combinations('abcde', 3)
c.__setstate__((0, 9, 9))
print(list(c))
w = it.combinations_with_replacement('abc', 2)
w.__setstate__((1, 7))
print(list(w))
pm = it.permutations('abc', 2)
pm.__setstate__(((2, 0, 1), (1, 2)))
print(list(pm))
cy = it.cycle('xy')
cy.__setstate__((['a', 'b'], True))
print(list(it.islice(cy, 6)))
