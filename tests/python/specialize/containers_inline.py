# Inline paths of subscripts, stores, iteration and unpacking on exact
# lists, tuples and dicts, next to subclasses that must take the slots.


class L(list):
    def __getitem__(self, i):
        return ("L", list.__getitem__(self, i))

    def __setitem__(self, i, v):
        list.__setitem__(self, i, v * 100)


class D(dict):
    def __missing__(self, k):
        return "missing " + repr(k)


lst, tup, d = [1, 2, 3], (4, 5, 6), {"a": 1, (1, 2): "t"}
print(lst[0], lst[-1], tup[1], tup[-3], d["a"], d[1, 2], L([7, 8])[1], D()["zz"])
for bad in [lambda: lst[3], lambda: tup[-4], lambda: d["b"], lambda: d[[1]], lambda: lst["x"]]:
    try:
        bad()
    except (IndexError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
lst[1] = 20
lst[-1] = 30
d["new"] = 2
ll = L([1, 2])
ll[0] = 5
print(lst, d, ll)
for bad in [lambda: lst.__setitem__(5, 0), lambda: d.__setitem__([], 1)]:
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    lst[7] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    d[{}] = 1
except TypeError as e:
    print(type(e).__name__, e)

it = iter(lst)
out = []
for x in it:
    out.append(x)
    if x == 20:
        lst.append(40)
print(out, list(it), next(it, "done"))
lst.append(50)
print(list(it))
tt = 0
for x in tup:
    tt += x
for a, b in [(1, 2), (3, 4)]:
    tt += a * b
for a, b in [[5, 6]]:
    tt += a - b
print(tt)
for bad in [(1, 2, 3), (1,), [1, 2, 3], "ab", "abc"]:
    try:
        p, q = bad
        print(p, q)
    except ValueError as e:
        print(type(e).__name__, e)
