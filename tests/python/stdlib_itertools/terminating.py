# itertools iterators that end with their input: accumulate, chain,
# compress, dropwhile, takewhile, filterfalse, starmap, pairwise,
# zip_longest; laziness, exhaustion and argument errors.
import itertools as it


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([])), list(it.accumulate('abc')))
print(list(it.accumulate([1, 2, 3], initial=100)), list(it.accumulate([], initial=5)))
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2, 3], lambda a, b: a * b, initial=10)))
print(list(it.accumulate([1, 2], None)), list(it.accumulate([1, 2], func=None, initial=None)))
print(list(it.accumulate([1.5, 2, 3j])), list(it.accumulate([[1], [2]])))
acc = it.accumulate([1, 'a', 3])
print(next(acc))
show("accumulate 1+'a'", lambda: next(acc))
show("accumulate after error", lambda: list(acc))
show("accumulate()", lambda: it.accumulate())
show("accumulate(1)", lambda: it.accumulate(1))
show("accumulate 3 pos", lambda: it.accumulate([1], None, None))
show("accumulate 4", lambda: it.accumulate([1], None, None, None))
show("accumulate kw", lambda: it.accumulate([1], initial=5, x=2))
show("accumulate foo", lambda: it.accumulate([1], foo=1))
show("accumulate iterable=", lambda: list(it.accumulate(iterable=[1, 2])))

print(list(it.chain()), list(it.chain('ab', [], (1, 2), range(2))), list(it.chain.from_iterable(['xy', '', 'z'])))
print(list(it.chain.from_iterable(it.repeat('ab', 2))), list(it.chain([1], iter([2, 3]))))
ch = it.chain([1], 5, [2])
print(next(ch))
show("chain non-iterable", lambda: next(ch))
show("chain after error", lambda: list(ch))
show("chain(x=1)", lambda: it.chain(x=1))
show("from_iterable(1)", lambda: it.chain.from_iterable(1))
show("from_iterable([1])", lambda: list(it.chain.from_iterable([1])))
def failing():
    yield 1
    raise KeyError('boom')
show("chain raising", lambda: list(it.chain(failing(), [2])))
print(type(it.chain.from_iterable([])).__name__, it.chain.from_iterable.__name__)

print(list(it.compress('abcdef', [1, 0, 1, 0, 1, 1])), list(it.compress('abc', [1])), list(it.compress('a', [1, 1, 1])))
print(list(it.compress(data=range(5), selectors=it.cycle([True, False]))), list(it.compress([], [])))
show("compress()", lambda: it.compress())
show("compress([1])", lambda: it.compress([1]))
show("compress(1,[2])", lambda: it.compress(1, [2]))
show("compress([1],2)", lambda: it.compress([1], 2))
show("compress 3", lambda: it.compress([1], [2], [3]))
show("compress sel=", lambda: it.compress([1], selectors=[1], x=2))

print(list(it.dropwhile(lambda x: x < 3, [1, 2, 5, 1, 2])), list(it.dropwhile(bool, [])), list(it.dropwhile(bool, [1, 0, 1])))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.takewhile(bool, [1, 1, 0, 1])), list(it.takewhile(bool, [])))
tw = it.takewhile(lambda x: x < 2, iter([0, 1, 2, 3, 0]))
print(list(tw), list(tw))
src = iter([0, 1, 2, 3, 0])
list(it.takewhile(lambda x: x < 2, src))
print(list(src))
show("dropwhile(None)", lambda: it.dropwhile(None))
show("dropwhile(None, 1)", lambda: it.dropwhile(None, 1))
show("dropwhile kw", lambda: it.dropwhile(predicate=None, iterable=[]))
show("dropwhile None call", lambda: list(it.dropwhile(None, [1])))
show("takewhile(None)", lambda: it.takewhile(None))
show("takewhile none call", lambda: list(it.takewhile(None, [1])))
show("takewhile raising", lambda: list(it.takewhile(lambda x: 1 / x, [1, 0])))

print(list(it.filterfalse(None, [0, 1, '', 'a', None, [], [0]])), list(it.filterfalse(bool, [0, 1, 2, 0])))
print(list(it.filterfalse(lambda x: x % 2, range(10))), list(it.filterfalse(None, [])))
show("filterfalse(None)", lambda: it.filterfalse(None))
show("filterfalse(None, 1)", lambda: it.filterfalse(None, 1))
show("filterfalse 3", lambda: it.filterfalse(None, [], []))

print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.starmap(lambda *a: a, [[1, 2], 'ab', (), iter([3])])))
print(list(it.starmap(max, [])), list(it.starmap(str.upper, [('a',), ('b',)])))
show("starmap(None)", lambda: it.starmap(None))
show("starmap(None,1)", lambda: it.starmap(None, 1))
show("starmap non-iterable item", lambda: list(it.starmap(pow, [1])))
show("starmap call error", lambda: list(it.starmap(divmod, [(1, 0)])))

print(list(it.pairwise('abcd')), list(it.pairwise('a')), list(it.pairwise([])), list(it.pairwise(range(3))))
pw = it.pairwise(iter('abc'))
print(next(pw), next(pw), next(pw, 'end'), next(pw, 'end'))
show("pairwise()", lambda: it.pairwise())
show("pairwise(1)", lambda: it.pairwise(1))
show("pairwise 2", lambda: it.pairwise([1], [2]))
show("pairwise kw", lambda: it.pairwise(iterable=[1]))

print(list(it.zip_longest('abc', [1])), list(it.zip_longest()), list(it.zip_longest('ab', 'xyz', fillvalue='-')))
print(list(it.zip_longest([1, 2])), list(it.zip_longest([], [])), list(it.zip_longest('a', fillvalue=0)))
z = it.zip_longest([1, 2, 3], failing())
show("zip_longest raising", lambda: list(z))
show("zip_longest after error", lambda: list(z))
show("zip_longest(1)", lambda: it.zip_longest(1))
show("zip_longest x=", lambda: it.zip_longest([1], x=2))
show("zip_longest 2 kw", lambda: it.zip_longest([1], fillvalue=2, x=3))
show("zip_longest([1], [2], 3)", lambda: it.zip_longest([1], [2], 3))
print(type(it.zip_longest()).__name__, type(it.pairwise('')).__name__, type(it.starmap(pow, [])).__name__)
