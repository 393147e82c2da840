# Tuples of every length from 0 to 40, built by tuple() over generators and
# iterators, by displays (BUILD_TUPLE) and by concatenation, keep their
# items, compare, hash and slice like CPython's; concatenations of one
# tuple with two others never share storage.
import gc


def gen(n):
    for i in range(n):
        yield i * 3


made = []
for n in range(41):
    a = tuple(gen(n))
    b = tuple(i * 3 for i in range(n))
    c = tuple(iter([i * 3 for i in range(n)]))
    d = tuple(map(lambda i: i * 3, range(n)))
    made.append((a, b, c, d))
gc.collect()
for n, (a, b, c, d) in enumerate(made):
    assert a == b == c == d, n
    assert len(a) == n and hash(a) == hash(b) == hash(c), n
    assert a[1:-1] == tuple(3 * i for i in range(1, n - 1)), n
print("lengths ok", sum(len(m[0]) for m in made))

x, y, z = 1, "two", 3.0
t5 = (x, y, z, x, y)
t8 = (x, y, z, x, y, z, x, y)
t12 = (x, y, z, x, y, z, x, y, z, x, y, z)
print(t5, t8[5:], len(t12), t12.count(x), t12.index(z))

base = tuple(gen(6))
p = base + (100,)
q = base + (200,)
print(p, q, p[-1], q[-1])
r = base * 3
print(len(r), r[6:9], base)


def gen_raises(n):
    yield from range(n)
    raise ValueError("stop at %d" % n)


for n in (3, 5, 9, 20):
    try:
        tuple(gen_raises(n))
    except ValueError as e:
        print("ValueError", e)

print(tuple(str(i) for i in range(7)), tuple(x for x in "abcdefghi"))
print(tuple(tuple(range(k)) for k in range(6)))
