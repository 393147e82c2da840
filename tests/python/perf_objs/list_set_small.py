# Small lists grown by append and comprehensions, small sets built and
# resized, copied, cleared and subclassed: contents, order and sizes.
import sys

l = []
sizes = []
for i in range(12):
    l.append(i)
    sizes.append(sys.getsizeof(l))
print(l, sizes)
a = [1]
b = a
a.append(2)
print(a is b, b, [x * 2 for x in range(5)], [x for x in ()], [[y] for y in "ab"])
sl = a[:]
sl.append(3)
print(a, sl)
print(sys.getsizeof([x for x in range(3)]))

s = {p + i for i, p in enumerate([3, 1, 4, 0, 2, 5, 7, 6])}
print(sorted(s), len(s), list({1, 9, 17, 25}), list({i * 8 for i in range(6)}))
t = set()
for i in range(20):
    t.add(i * 7 % 13)
print(list(t), sys.getsizeof(t), sys.getsizeof(set()), sys.getsizeof({1, 2, 3, 4, 5}))
t.clear()
t.add(40)
print(t, frozenset({3, 1}) == {1, 3}, frozenset() | {2})
for i in range(6):
    t.discard(40)
    t.add(i)
print(t, t.pop() in range(6), len(t))


class S(set):
    pass


u = S([5, 6, 7])
u.x = 1
print(sorted(u), u.x, type(u | {8}).__name__, type(u.copy()).__name__, u == {5, 6, 7})
v = u.copy()
v.add(9)
print(sorted(u), sorted(v))
print(list(set("abcdefgh")) == list(set("abcdefgh")), sorted(set(range(100)) - set(range(3, 98))))
