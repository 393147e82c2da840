# Tuple concatenation and slicing of every short length: results are new
# tuples with the right items, except that CPython hands back an exact
# tuple itself for `t + ()`, `() + t` and a full slice; tuple subclasses
# always give plain new tuples.


class T(tuple):
    pass


def show(label, v):
    print(label, type(v).__name__, v)


t = tuple(range(6))
show("t+()", t + ())
print((t + ()) is t, (() + t) is t, t[:] is t, t[0:6:1] is t, t[::-1] is t)
s = T((1, 2))
print(type(s + ()).__name__, (s + ()) is s, (() + s) is s, type(s[:]).__name__, (s[:] is s))
print(type(s + s).__name__, s + s, type(s + (3,)).__name__)

for n in range(20):
    a = tuple(range(n))
    for m in (0, 1, 3, 7):
        b = tuple("x" * m)
        c = a + b
        assert len(c) == n + m and c[:n] == a and c[n:] == b, (n, m)
        d = b + a
        assert d[m:] == a and d[:m] == b, (n, m)
    for i in range(n + 1):
        r = a[:i] + a[i + 1:]
        assert len(r) == max(n - 1, 0) if i < n else len(r) == n, (n, i)
        assert i not in r or i >= n, (n, i)
    assert a[::2] == tuple(range(0, n, 2)) and a[::-1] == tuple(reversed(a)), n
print("ok")

base = (1, 2, 3, 4, 5)
x = base + (6,)
y = base + (7,)
print(x, y, base, hash(x) != hash(y))
try:
    base + [6]
except TypeError as e:
    print("TypeError", e)
print(sum((tuple(range(k)) for k in range(8)), ()))
