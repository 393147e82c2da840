# sorted/min/max: argument binding (keywords by name, **kw errors), direct
# iteration of lists, tuples, sets, frozensets, and mutation during a key.
import sys

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = {5, 3, 9, 1, 7}
fs = frozenset(s)
show(lambda: sorted(s))
show(lambda: sorted(fs, reverse=True))
show(lambda: sorted(s, key=lambda x: -x))
show(lambda: sorted(s, key=None, reverse=0))
show(lambda: sorted([3, 1, 2], reverse=True, key=lambda v: v % 3))
show(lambda: sorted((4, 2, 8)))
show(lambda: sorted("hello"))
show(lambda: sorted(set()))
show(lambda: sorted())
show(lambda: sorted(s, None))
show(lambda: sorted(s, cmp=1))
show(lambda: sorted(s, kw=1))
show(lambda: sorted(s, args=1))
show(lambda: sorted(iterable=s))
show(lambda: sorted(s, key=1))
show(lambda: sorted(s, reverse="x"))
show(lambda: sorted(s, **{"key": abs, "reverse": True}))
show(lambda: sorted(1))
# capacity of the result, as list(set) in CPython
for n in (0, 1, 2, 3, 5, 8, 9, 17):
    print(n, sys.getsizeof(sorted(set(range(n)))) == sys.getsizeof(sorted(list(range(n)))),
          sys.getsizeof(list(set(range(n)))), sys.getsizeof(tuple(set(range(n)))))
print(list(fs) == list(iter(fs)), tuple(s) == tuple(iter(s)))

# min/max over exact containers, with and without keys and defaults
show(lambda: min(s))
show(lambda: max(fs))
show(lambda: min(s, key=lambda x: (x % 3, x)))
show(lambda: max([2, 8, 8, 1], key=lambda x: x // 2))
show(lambda: min((), default="empty"))
show(lambda: max(set(), default=None))
show(lambda: min(frozenset()))
show(lambda: max([]))
show(lambda: min([1, "a"]))
show(lambda: max((3, 1, 2)))
show(lambda: min([[2], [1, 5], [1]]))
show(lambda: min(s, key=lambda x: 1 / (x - 3)))
show(lambda: max(s, bogus=1))

# a key that mutates the container being scanned
grow = [1, 2, 3]
def k(x):
    if len(grow) < 6:
        grow.append(x + 10)
    return x
show(lambda: max(grow, key=k))
print(grow)

shrink = [5, 4, 3, 2, 1]
def k2(x):
    if shrink:
        shrink.pop()
    return x
show(lambda: min(shrink, key=k2))
print(shrink)

ms = {1, 2, 3}
def k3(x):
    ms.add(x + 100)
    return x
show(lambda: max(ms, key=k3))

# subclasses still go through their own iteration
class L(list):
    def __iter__(self):
        return iter([100, -1])
class S(set):
    def __iter__(self):
        return iter([42])
print(min(L([1, 2, 3])), max(S({1, 2})), sorted(S({5, 6})), sorted(L([9, 8])))

# a generator and an iterator still stream
print(min(x * x for x in range(-3, 4)), max(iter([4, 9, 2])), sorted(x for x in "cab"))

# one positional argument (the direct path) in a loop, so the call site
# specializes, with a mix of argument kinds and errors
def one(f, x):
    try:
        return f(x)
    except Exception as e:
        return type(e).__name__ + ": " + str(e)
for x in ({3, 1}, [2, 5], (9,), "zy", iter([4, 0]), frozenset(), 7, None, {1: 2, 0: 3}, range(3, 0, -1)):
    print([one(min, x), one(max, x), one(sorted, x)])
def shadow():
    min = lambda x: "shadowed"
    return min({1})
print(shadow())
