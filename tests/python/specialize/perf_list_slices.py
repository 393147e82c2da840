# List slice reads and slice assignment done in place: aliasing (a[i:j] = a),
# growth and shrinking, extended slices, iterables that mutate the list,
# list subclasses with their own __iter__, and range lengths at the int64 edges.
import sys

def show(label, *x):
    print(label, *x)

a = list(range(10)); a[2:5] = a; show("self-grow", a)
a = list(range(10)); a[2:9] = a[:2]; show("shrink", a)
a = list(range(10)); a[2:3] = (7, 8, 9, 10); show("tuple grow", a)
a = list(range(10)); a[8:2] = (1, 2); show("empty range insert", a)
a = list(range(10)); a[-3:] = "xyz"; show("str source", a)
a = list(range(10)); del a[3:6]; show("del", a)
a = list(range(10)); del a[6:3]; show("del empty", a)
a = list(range(10)); del a[::3]; show("del ext", a)
a = list(range(10)); a[::-1] = a; show("ext self", a)
a = list(range(10)); a[:5] = a[4::-1]; show("flip", a)
a = list(range(10)); a[:] = iter([1, 2]); show("iter", a)
a = list(range(10)); a[100:200] = [1]; show("past end", a)
a = []
for i in range(50):
    a[len(a):] = [i, i]
    a[:1] = []
show("repeat", a)
try:
    a[1:2] = 5
except TypeError as e:
    print("TypeError", e)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print("ValueError", e)

class L(list):
    def __iter__(self):
        return iter([99])

b = [1, 2, 3]; b[0:1] = L([5, 6]); show("list subclass source", b)
c = L([1, 2, 3, 4]); show("subclass slice", c[1:3], type(c[1:3]).__name__)
c[1:2] = [7, 8]; show("subclass assign", list(c))

victim = list(range(8))
def shrinking():
    yield 1
    del victim[:]
    yield 2
victim[2:6] = shrinking(); show("mutated during iteration", victim)

t = tuple(range(10)); show("tuple slices", (t[2:5], t[::-2], t[5:2], t[-100:100]))
s = "abcdefghij"; show("str slices", (s[2:5], s[::-2], s[5:2]))
big = 2**63 - 1
for args in [(0, big), (-big, big, big), (-big - 1, big, 2), (big, -big - 1, -3), (0, 10, 3), (10, 0, -3), (5, 5)]:
    r = range(*args)
    try:
        print("range", args, len(r), r[-1] if len(r) else None)
    except OverflowError as e:
        print("OverflowError", e)
d = L([1, 2])
print("subclass iter", list(d), tuple(d), [*d], sorted(d))
x = [0]; x.extend(d); x.extend(x); print("extend", x)
