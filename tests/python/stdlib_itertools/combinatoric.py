# itertools.product, permutations, combinations and
# combinations_with_replacement: orders, sizes, edge cases and errors.
import itertools as it


def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)


def comb(n, k):
    if k < 0 or k > n:
        return 0
    return factorial(n) // (factorial(k) * factorial(n - k))


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


print(list(it.product('ab', [1, 2])), list(it.product()), list(it.product('ab', repeat=2)))
print(list(it.product('ab', [], 'c')), list(it.product(repeat=3)), list(it.product('ab', repeat=0)))
print(list(it.product(range(2), repeat=3)), len(list(it.product(range(3), range(4), repeat=2))))
print(list(it.product(1, repeat=0)), list(it.product(iter('xy'), 'z')))
p = it.product('ab', 'cd')
print(next(p), next(p), list(p), next(p, 'end'))
show("product(1)", lambda: it.product(1))
show("product neg", lambda: it.product([1], repeat=-1))
show("product 'a'", lambda: it.product([1], repeat='a'))
show("product x=", lambda: it.product([1], x=1))
show("product 2 kw", lambda: it.product([1], repeat=2, x=1))
show("product None", lambda: it.product([1], repeat=None))

for n in range(5):
    for r in range(n + 2):
        ps = list(it.permutations(range(n), r))
        cs = list(it.combinations(range(n), r))
        ws = list(it.combinations_with_replacement(range(n), r))
        nws = comb(n + r - 1, r) if n else int(r == 0)
        ok = (len(ps) == (factorial(n) // factorial(n - r) if r <= n else 0) and len(cs) == comb(n, r)
              and len(ws) == nws and ps == sorted(ps) and cs == sorted(cs) and ws == sorted(ws))
        print(n, r, len(ps), len(cs), len(ws), ok, ps[:3], cs[-2:], ws[-2:])
print(list(it.permutations('abc')), list(it.permutations('abcd', 2))[:7])
print(list(it.permutations([])), list(it.permutations([], 0)), list(it.permutations('ab', 0)), list(it.permutations('ab', 3)))
print(list(it.permutations('ab', None)), list(it.permutations(iterable='xy', r=1)), list(it.permutations('aa')))
print(list(it.combinations('abcd', 2)), list(it.combinations('abc', 0)), list(it.combinations('abc', 4)))
print(list(it.combinations([], 0)), list(it.combinations(range(5), 5)), list(it.combinations(iterable='ab', r=1)))
print(list(it.combinations_with_replacement('abc', 2)), list(it.combinations_with_replacement([], 0)))
print(list(it.combinations_with_replacement([], 2)), list(it.combinations_with_replacement('ab', 0)), list(it.combinations_with_replacement('x', 3)))
c = it.combinations(range(4), 2)
print(next(c), next(c), list(c), next(c, 'end'))
show("permutations()", lambda: it.permutations())
show("permutations(1)", lambda: it.permutations(1))
show("permutations neg", lambda: it.permutations([1], -1))
show("permutations 'a'", lambda: it.permutations([1], 'a'))
show("permutations 1.0", lambda: it.permutations([1], 1.0))
show("permutations 3", lambda: it.permutations([1], r=2, x=1))
show("permutations x=", lambda: it.permutations([1], x=1))
show("permutations(1, -1)", lambda: it.permutations(1, -1))
show("combinations([1])", lambda: it.combinations([1]))
show("combinations neg", lambda: it.combinations([1], -1))
show("combinations 'a'", lambda: it.combinations([1], 'a'))
show("combinations(1, 2)", lambda: it.combinations(1, 2))
show("combinations(1, 'a')", lambda: it.combinations(1, 'a'))
show("combinations(1, -1)", lambda: it.combinations(1, -1))
show("combinations None", lambda: it.combinations([1], None))
show("combinations 3", lambda: it.combinations([1], 1, 2))
show("combinations r=", lambda: it.combinations(r=1))
show("cwr([1])", lambda: it.combinations_with_replacement([1]))
show("cwr neg", lambda: it.combinations_with_replacement([1], -1))
show("cwr 2**70", lambda: it.combinations_with_replacement([1], 2 ** 70))
print(type(it.product()).__name__, type(it.permutations('')).__name__, type(it.combinations('', 0)).__name__,
      type(it.combinations_with_replacement('', 0)).__name__)
print(it.product().__sizeof__(), it.product('ab', 'cd').__sizeof__(), it.product('a', repeat=3).__sizeof__(),
      it.combinations('abc', 2).__sizeof__(), it.combinations_with_replacement('abc', 2).__sizeof__(),
      it.permutations('abc').__sizeof__(), it.permutations('abcd', 2).__sizeof__(), it.combinations('ab', 5).__sizeof__(),
      it.permutations('ab', 5).__sizeof__())
