# The **kwargs dict of a call is empty (and sized as an empty dict) when
# every keyword binds to a named parameter, whichever path binds it.
import sys
def f(a, **kw): return sys.getsizeof(kw), kw
def g(a, b=1, **kw): return sys.getsizeof(kw), kw
for i in range(3):
    print(f(1, b=2), f(a=1, b=2), f(a=1, b=2, c=3, d=4, e=5, f=6), g(1, b=2, c=3), f(1), g(a=1, b=2))
    print(f(*(1,), **{"b": 2}), g(*(), **{"a": 1, "b": 2}), g(**{"a": 1}), g(1, **{}))
    print(list(map(f, [1, 2])), sorted([3, 1], key=lambda x, **k: (x, len(k))))
