# list(x) of an exact list or tuple is one allocation with the items inline;
# the copy must be independent, grow past its first block, and report
# CPython's size for the fresh copy.
import sys


class L(list):
    pass


class T(tuple):
    pass


for n in [0, 1, 2, 3, 7, 8, 15, 16, 17, 40]:
    src = list(range(n))
    a, b = list(src), list(tuple(src))
    print(n, sys.getsizeof(a), sys.getsizeof(b), a == src, a is not src, type(a).__name__)
    a.append("x")
    b.extend(range(20))
    src.append("s")
    a[0:0] = ["front"]
    print(a[:3], a[-2:], len(a), len(b), b[-1], src[-1], len(src))
    del a[1:]
    b.sort(key=str)
    print(a, b[:3], list(src) == src)
print(list(L([1, 2])), type(list(L([1, 2]))).__name__, list(T((3, 4))))
nested = [[1], [2]]
c = list(nested)
c[0].append(9)
print(nested, c, c[0] is nested[0])
