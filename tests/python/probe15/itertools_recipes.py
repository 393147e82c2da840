# itertools recipes from the docs, plus more_itertools-style helpers, run on small data.
import itertools as it, operator, collections, math, random

def take(n, iterable): return list(it.islice(iterable, n))
def tail(n, iterable): return iter(collections.deque(iterable, maxlen=n))
def consume(iterator, n=None):
    if n is None: collections.deque(iterator, maxlen=0)
    else: next(it.islice(iterator, n, n), None)
def nth(iterable, n, default=None): return next(it.islice(iterable, n, None), default)
def all_equal(iterable):
    g = it.groupby(iterable); return next(g, True) and not next(g, False)
def quantify(iterable, pred=bool): return sum(map(pred, iterable))
def ncycles(iterable, n): return it.chain.from_iterable(it.repeat(tuple(iterable), n))
def grouper(iterable, n, *, incomplete="fill", fillvalue=None):
    args = [iter(iterable)] * n
    if incomplete == "fill": return it.zip_longest(*args, fillvalue=fillvalue)
    if incomplete == "strict": return zip(*args, strict=True)
    return zip(*args)
def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = it.cycle(iter(x).__next__ for x in iterables)
    while num_active:
        try:
            for nx in nexts: yield nx()
        except StopIteration:
            num_active -= 1
            nexts = it.cycle(it.islice(nexts, num_active))
def partition(pred, iterable):
    t1, t2 = it.tee(iterable)
    return it.filterfalse(pred, t1), filter(pred, t2)
def powerset(iterable):
    s = list(iterable); return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))
def unique_everseen(iterable, key=None):
    seen = set()
    for el in iterable:
        k = el if key is None else key(el)
        if k not in seen:
            seen.add(k); yield el
def unique_justseen(iterable, key=None): return map(next, map(operator.itemgetter(1), it.groupby(iterable, key)))
def iter_except(func, exception, first=None):
    try:
        if first is not None: yield first()
        while True: yield func()
    except exception: pass
def sliding_window(iterable, n):
    itr = iter(iterable); window = collections.deque(it.islice(itr, n), maxlen=n)
    if len(window) == n: yield tuple(window)
    for x in itr:
        window.append(x); yield tuple(window)
def before_and_after(predicate, itr):
    itr = iter(itr); transition = []
    def true_iterator():
        for elem in itr:
            if predicate(elem): yield elem
            else:
                transition.append(elem); return
    def remainder_iterator():
        yield from transition
        yield from itr
    return true_iterator(), remainder_iterator()
def polynomial_from_roots(roots):
    expansion = [1]
    for r in roots:
        expansion = [a - r * b for a, b in it.zip_longest(expansion, [0] + expansion, fillvalue=0)][::-1][::-1]
    return expansion
def sieve(n):
    data = bytearray((0, 1)) * (n // 2); data[:3] = 0, 0, 0
    limit = math.isqrt(n) + 1
    for p in it.compress(range(limit), data):
        data[p * p: n: p + p] = bytes(len(range(p * p, n, p + p)))
    data[2] = 1
    return it.compress(it.count(), data)
def random_product(*args, repeat=1, rng=random.Random(5)):
    pools = [tuple(pool) for pool in args] * repeat
    return tuple(map(rng.choice, pools))
def first_true(iterable, default=False, pred=None): return next(filter(pred, iterable), default)

print(take(3, it.count(10, 5)), list(tail(2, "abcdef")), nth("abcde", 2), nth("ab", 9, "z"))
g = iter(range(10)); consume(g, 3); print(next(g))
print(all_equal("aaa"), all_equal("aab"), all_equal(""), quantify([1, 0, 2, None]), list(ncycles("ab", 3)))
print(list(grouper("ABCDEFG", 3, fillvalue="x")), list(grouper("ABCDEFG", 3, incomplete="ignore")))
try:
    list(grouper("ABCDEFG", 3, incomplete="strict"))
except ValueError as e:
    print("ValueError", e)
print(list(roundrobin("ABC", "D", "EF")), [list(x) for x in partition(lambda x: x % 2, range(10))])
print(list(powerset([1, 2, 3])), list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)))
print(list(unique_justseen("AAAABBBCCDAABBB")), list(unique_justseen("ABBcCAD", str.lower)))
d = {1: "a", 2: "b"}; print(list(iter_except(d.popitem, KeyError)))
print(list(sliding_window("ABCDEFG", 4)), list(it.pairwise("ABCD")))
a, b = before_and_after(str.isupper, "ABCdEfGhI"); print("".join(a), "".join(b))
print(polynomial_from_roots([5, -4, 3]), list(sieve(60)), random_product("abc", range(4), repeat=2))
print(first_true([0, None, 3, 4]), first_true([], "none"), first_true(range(10), pred=lambda x: x > 5))
print(list(it.accumulate([3, 4, 6, 2, 1, 9, 0, 7, 5, 8], max)), list(it.accumulate([1, 2, 3], operator.mul, initial=10)))
print(list(it.product("ab", repeat=2)), list(it.permutations(range(3), 2)), list(it.combinations_with_replacement("abc", 2)))
print([(k, list(g)) for k, g in it.groupby(sorted("mississippi"))], list(it.starmap(pow, [(2, 5), (3, 2)])))
print(list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(it.islice("ABCDEFG", 2, None, 2)), list(it.zip_longest("AB", "xyz", fillvalue="-")))
t1, t2, t3 = it.tee(iter([1, 2, 3]), 3); next(t1); print(list(t1), list(t2), list(t3))
c = it.count(1.5, 0.5); print(next(c), next(c), repr(c), repr(it.repeat("x", 3)), repr(it.count()))
print(list(it.batched("abcdefg", 3)) if hasattr(it, "batched") else "no batched")
