# The recipes of the itertools documentation, built from itertools,
# collections.deque, operator and functools: each run on small inputs.
import collections
import functools
import operator
from itertools import (accumulate, chain, combinations, compress, count, cycle, filterfalse, groupby, islice,
                       product, repeat, starmap, tee, zip_longest, pairwise)


def take(n, iterable):
    return list(islice(iterable, n))


def prepend(value, iterator):
    return chain([value], iterator)


def tabulate(function, start=0):
    return map(function, count(start))


def tail(n, iterable):
    return iter(collections.deque(iterable, maxlen=n))


def consume(iterator, n=None):
    if n is None:
        collections.deque(iterator, maxlen=0)
    else:
        next(islice(iterator, n, n), None)


def nth(iterable, n, default=None):
    return next(islice(iterable, n, None), default)


def all_equal(iterable):
    g = groupby(iterable)
    return next(g, True) and not next(g, False)


def quantify(iterable, pred=bool):
    return sum(map(pred, iterable))


def ncycles(iterable, n):
    return chain.from_iterable(repeat(tuple(iterable), n))


def sumprod(vec1, vec2):
    return sum(starmap(operator.mul, zip(vec1, vec2)))


def flatten(list_of_lists):
    return chain.from_iterable(list_of_lists)


def repeatfunc(func, times=None, *args):
    if times is None:
        return starmap(func, repeat(args))
    return starmap(func, repeat(args, times))


def grouper(iterable, n, *, incomplete='fill', fillvalue=None):
    args = [iter(iterable)] * n
    if incomplete == 'fill':
        return zip_longest(*args, fillvalue=fillvalue)
    if incomplete == 'strict':
        return zip(*args, strict=True)
    if incomplete == 'ignore':
        return zip(*args)
    raise ValueError('Expected fill, strict, or ignore')


def sliding_window(iterable, n):
    it = iter(iterable)
    window = collections.deque(islice(it, n), maxlen=n)
    if len(window) == n:
        yield tuple(window)
    for x in it:
        window.append(x)
        yield tuple(window)


def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = cycle(iter(it).__next__ for it in iterables)
    while num_active:
        try:
            for next_ in nexts:
                yield next_()
        except StopIteration:
            num_active -= 1
            nexts = cycle(islice(nexts, num_active))


def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return filterfalse(pred, t1), filter(pred, t2)


def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))


def unique_everseen(iterable, key=None):
    seen = set()
    if key is None:
        for element in filterfalse(seen.__contains__, iterable):
            seen.add(element)
            yield element
    else:
        for element in iterable:
            k = key(element)
            if k not in seen:
                seen.add(k)
                yield element


def unique_justseen(iterable, key=None):
    return map(next, map(operator.itemgetter(1), groupby(iterable, key)))


def iter_except(func, exception, first=None):
    try:
        if first is not None:
            yield first()
        while True:
            yield func()
    except exception:
        pass


def first_true(iterable, default=False, pred=None):
    return next(filter(pred, iterable), default)


def before_and_after(predicate, it):
    it = iter(it)
    transition = []

    def true_iterator():
        for elem in it:
            if predicate(elem):
                yield elem
            else:
                transition.append(elem)
                return

    def remainder_iterator():
        yield from transition
        yield from it

    return true_iterator(), remainder_iterator()


def running_mean(iterable):
    return [t / n for n, t in enumerate(accumulate(iterable), 1)]


print(take(3, 'abcdef'), list(prepend(0, [1, 2])), take(4, tabulate(lambda x: x * x)), list(tail(2, 'abcde')))
it = iter(range(10))
consume(it, 3)
print(next(it), nth('abcde', 2), nth('ab', 5, 'z'), all_equal('aaa'), all_equal('aab'), all_equal(''))
print(quantify([1, 0, 2, 0]), list(ncycles('ab', 3)), sumprod([1, 2, 3], [4, 5, 6]), list(flatten([[1], [2, 3]])))
print(list(repeatfunc(pow, 3, 2, 5)), take(2, repeatfunc(int)))
print(list(grouper('ABCDEFG', 3, fillvalue='x')), list(grouper('ABCDEFG', 3, incomplete='ignore')))
try:
    list(grouper('ABCDEFG', 3, incomplete='strict'))
except ValueError as e:
    print('strict', e)
print(list(sliding_window('ABCDEFG', 4)), list(roundrobin('ABC', 'D', 'EF')))
evens, odds = partition(lambda x: x % 2, range(10))
print(list(evens), list(odds), list(powerset([1, 2, 3])))
print(list(unique_everseen('AAAABBBCCDAABBB')), list(unique_everseen('ABBcCAD', str.lower)))
print(list(unique_justseen('AAAABBBCCDAABBB')), list(unique_justseen('ABBcCAD', str.lower)))
print(list(iter_except([1, 2, 3].pop, IndexError)), first_true([0, '', 3, 4]), first_true([], 'none'))
a, b = before_and_after(str.isupper, 'ABCdEfGhI')
print(''.join(a), ''.join(b), running_mean([2, 4, 6, 8]))
print(list(pairwise(accumulate(range(6)))), functools.reduce(operator.add, chain('ab', 'cd')))
print(list(starmap(operator.sub, product(range(3), repeat=2))), take(4, compress(count(), cycle([1, 0, 0]))))
print(sorted(collections.Counter(chain.from_iterable(combinations('abcd', 2))).items()))
