# [x] + rest and rest + [x]: the list display and the concatenation are done
# in one step when the display is a temporary; named lists, subclasses,
# non-lists and errors behave as two steps.
def perms(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in perms(rest):
            yield [items[i]] + p


print(list(perms([1, 2, 3])), sum(1 for _ in perms(list(range(6)))))
p = [3, 4]
q = [1, 2] + p
r = p + [5, 6]
print(q, r, p, q is p, r is p)
p.append(9)
print(q, r, p)
y = [7]
z = y + p
print(y, z, z is y)
w = (v := [8]) + p
print(w, v, w is v)
print([0] + [], [] + [0], [[1]] + [[2]], [p] + [p], ([p] + [p])[0] is p)


class L(list):
    def __radd__(self, other):
        return "radd " + repr(other)


print([1] + L([2]), L([2]) + [1], type(L([2]) + [1]).__name__)
for bad in [(2,), "ab", None, 5]:
    try:
        print([1] + bad)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        print(bad + [1])
    except TypeError as e:
        print(type(e).__name__, e)
acc = []
for i in range(5):
    acc = acc + [i * i]
    acc = [-i] + acc
print(acc)
print([[i] + [i + 1] for i in range(4)], [x for x in [1] + [2]])


def f(a, b):
    return [a, b] + [b, a]


print(f(1, 2), f("x", None))
g = lambda t: [t] + list(range(3))
print(g(9))
