# for loops over lists: exhausted, broken out of, nested, inside suspended
# generators, with the list changed while iterating, and explicit iterators
# that outlive their loops.
items = [1, 2, 3]
out = []
for _ in range(3):
    for x in items:
        for y in items:
            out.append(x * y)
print(out)
for x in items:
    if x == 2:
        break
print("broke at", x)
grow = [1, 2]
for x in grow:
    if len(grow) < 6:
        grow.append(x + 10)
print(grow)
shrink = [1, 2, 3, 4, 5, 6]
for x in shrink:
    shrink.remove(x)
print(shrink)


def g(seq):
    for x in seq:
        yield x
    for x in seq:
        yield -x


gens = [g([1, 2]), g([3])]
print([next(gens[0]), next(gens[1]), next(gens[0])], list(gens[0]), list(gens[1]))
it = iter([7, 8, 9])
for x in it:
    break
print(next(it), list(it), list(it))
it2 = iter([4, 5])
for x in it2:
    pass
print(list(it2), it2.__length_hint__())
its = []
for x in [10, 20]:
    its.append(iter([x, x + 1]))
for i in its:
    for v in i:
        pass
print([list(i) for i in its])
a = [iter([1, 2]) for _ in range(2)]
print([list(x) for x in a], [x for x in [[1], [2]] for x in x])


class L(list):
    pass


for x in L([1, 2]):
    print("sub", x)
print(sum(x for x in [1, 2, 3]), {x: x for x in [1, 2]}, {x for x in [3, 3]})
r = reversed([1, 2, 3])
for x in r:
    pass
print(list(r), [x for x in reversed([4, 5])])
