# set() and frozenset() called with zero or one positional argument are
# built directly; results, order, identity and errors are CPython's.

def build(n):
    out = []
    for i in range(n):  # enough calls for the call site to specialize
        out.append(set())
        out.append(frozenset())
    return out

objs = build(30)
print(objs[0], objs[1], type(objs[0]).__name__, type(objs[1]).__name__)
print(objs[0] is objs[2], len({id(o) for o in objs[::2]}))

def make(arg):
    r = None
    for _ in range(20):
        r = set(arg)
    return r

def makef(arg):
    r = None
    for _ in range(20):
        r = frozenset(arg)
    return r

sources = [[3, 1, 2, 3], (9, 8, 9), "hello", {"b": 1, "a": 2}, {5, 40, 17},
           frozenset({6, 70}), range(12, 0, -3), (x * x for x in range(5)),
           [1, 1.0, True, 2**65, -1, "x", (1, 2)], b"abc", [], ()]
for src in sources:
    print(list(make(src)) if not hasattr(src, "__next__") else None)
for src in sources:
    if hasattr(src, "__next__"):
        continue
    print(sorted(makef(src), key=repr))

gen = (x * 3 for x in range(6))
print(sorted(set(gen)), list(gen))

f = frozenset({1, 2})
print(frozenset(f) is f, set(f) is f, type(set(f)).__name__)
s = {1, 2}
print(set(s) is s, set(s) == s)

class FS(frozenset):
    pass
class S(set):
    pass
fs = FS({1, 2})
print(frozenset(fs) is fs, type(frozenset(fs)).__name__, type(FS(fs)).__name__)
print(type(S([1])).__name__, S([2, 1]))

# a list mutated by the hashing of its own items
class Grow:
    def __init__(self, lst, v):
        self.lst, self.v = lst, v
    def __hash__(self):
        if len(self.lst) < 6:
            self.lst.append(len(self.lst))
        return hash(self.v)
    def __eq__(self, other):
        return self is other
lst = []
lst.append(Grow(lst, "g"))
r = set(lst)
print(len(r), lst[1:])

for call in (lambda: set(1), lambda: set(1, 2), lambda: frozenset(1, 2), lambda: frozenset(None),
             lambda: set([[]]), lambda: frozenset([{}]), lambda: set(iterable=[1]),
             lambda: frozenset(iterable=[1]), lambda: set([1], 2, 3)):
    for _ in range(3):
        try:
            call()
        except TypeError as e:
            err = e
    print(type(err).__name__, err)

def bad():
    yield 1
    raise ValueError("from the generator")
try:
    set(bad())
except ValueError as e:
    print("ValueError", e)

# set and frozenset rebound in a scope: the call is to the new object
def shadow():
    set = lambda *a: ("shadowed", a)
    return [set(), set([1])]
print(shadow())
