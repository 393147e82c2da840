# set(seq), frozenset(seq) and set.update(seq) from an exact list or tuple:
# same members, iteration order and errors as through an iterator, also
# when a key's __hash__ or __eq__ changes the list being read.

words = ["ka", "ri", "to", "kari", "ka", "tone", "ri", "mu"] * 50
print(sorted(set(words)), len(set(words)))
print(list(set(words)) == list(set(iter(words))))
print(list(set(tuple(words))) == list(set(iter(words))))
print(sorted(frozenset(words)), frozenset(words) == set(words))
ints = [i * 7 % 101 for i in range(300)] + [2 ** 70, -1, -2, 1.5, 2.0, 2]
print(list(set(ints)) == list(set(iter(ints))), len(set(ints)))
mixed = [1, 1.0, True, "1", (1, 2), (1, 2), None, frozenset({1})]
print(len(set(mixed)), set(mixed) == set(iter(mixed)))

s = {"a"}
s.update(["b", "c"], ("d", "a"), "ef")
print(sorted(s))

# an unhashable key stops the update; the keys before it stay in
s = set()
try:
    s.update([1, 2, [3], 4])
except TypeError as e:
    print("TypeError", e)
print(sorted(s))
try:
    set(("x", {}))
except TypeError as e:
    print("TypeError", e)


class Shrinker:
    """Its hash empties the list being read."""

    def __init__(self, target):
        self.target = target

    def __hash__(self):
        del self.target[:]
        return 1


lst = [1, 2]
lst.append(Shrinker(lst))
lst.extend([3, 4, 5])
got = set(lst)
print(sorted(x for x in got if isinstance(x, int)), len(got), lst)


class Grower:
    """Its hash appends to the list being read, a few times."""

    def __init__(self, target, n):
        self.target, self.n = target, n

    def __hash__(self):
        if self.n:
            self.target.append(Grower(self.target, self.n - 1))
        return 7

    def __eq__(self, other):
        return self is other


lst = [Grower(None, 0)]
lst[0].target, lst[0].n = lst, 3
print(len(set(lst)), len(lst))


class Eq:
    def __init__(self, k, log):
        self.k, self.log = k, log

    def __hash__(self):
        return hash(self.k)

    def __eq__(self, other):
        self.log.append(self.k)
        return isinstance(other, Eq) and self.k == other.k


log = []
keys = [Eq(i % 3, log) for i in range(9)]
print(len(set(keys)), len(log))


class ListSub(list):
    def __iter__(self):
        return iter(["from", "iter"])


print(sorted(set(ListSub([1, 2, 3]))))
s = set()
s.update(ListSub([9]))
print(sorted(s))


class TupleSub(tuple):
    def __iter__(self):
        return iter(["tuple", "iter"])


print(sorted(set(TupleSub((1, 2)))))
print(set([]), set(()), frozenset([]))
