# Small lists made by slices and concatenation (items allocated with the list):
# mutation, growth, sizes, sorting and aliasing must behave as for any list.
import sys

base = list(range(20))
for n in (0, 1, 2, 5, 9, 16, 17, 20):
    s = base[:n]
    r = base[n::-1]
    c = base[:n // 2] + base[n // 2:n]
    print(n, s, r, c == s, sys.getsizeof(s), sys.getsizeof(c))
    s.append("x")
    s.extend(range(3))
    s.insert(0, "first")
    print(s, len(s))
    del s[1:4]
    s[0:2] = ["a", "b", "c", "d"]
    print(s)
    s.sort(key=str)
    print(s)
    s.reverse()
    s *= 2
    print(len(s), s[:3], s[-3:])
    s.clear()
    s += [1]
    print(s, sys.getsizeof(s) >= sys.getsizeof([]))

# a slice is independent of its source
a = [1, 2, 3, 4]
b = a[:]
c = a[::2]
b[0] = "b"
c[0] = "c"
a[1] = "a"
print(a, b, c)
d = a + b
d[0] = "d"
print(a, b, d, a[1:3] + a[:0], [] + [], [None] + [])

# slices of lists holding themselves and nested lists
e = [1, 2]
e.append(e)
f = e[:]
print(f, f[2] is e, e[1:] + e[:1])
nested = [[i] for i in range(10)]
g = nested[2:7]
g[0].append("shared")
print(nested[2], g)

# subclasses keep their own type rules
class L(list):
    pass
h = L(range(6))
print(type(h[1:3]), type(h + h), h[1:3], (h + [9])[-2:])

# sort with a key that raises leaves a list
s = base[:6]
try:
    s.sort(key=lambda x: 1 // (x - 3))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, sorted(s))
# pancake flips, the fannkuch shape
perm = list(range(9))
flips = 0
for k in (3, 8, 5, 1, 7):
    perm[:k + 1] = perm[k::-1]
    flips += 1
print(perm, flips, perm[:], perm[::-1][:4])
