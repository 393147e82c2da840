# gc.get_referents of each container kind, in CPython's traversal order:
# lists and tuples from the last item, dicts value before key (only the
# values when every key is a str), sets in table order.
import gc

print(gc.get_referents([1, 'a', None, 2.5]))
print(gc.get_referents((1, 2, (3,))))
print(gc.get_referents({1: 'a', 'b': 2, (3,): [4]}))
print(gc.get_referents({'x': 1, 'y': [2]}))
print(sorted(gc.get_referents({3, 1, 2})))
print(sorted(gc.get_referents(frozenset([5, 6]))))
print(gc.get_referents([], (), {}))
print(gc.get_referents([1], [2, 3]))

# Atoms, code objects and builtin types have no traverse.
print(gc.get_referents(1, 'abc', b'x', 2.0, None, int, len.__call__.__class__))
def f(): pass
print(gc.get_referents(f.__code__))

# Cells, bound methods, slices, dict views, iterators.
def outer():
    v = [7]
    def inner():
        return v
    return inner
inner = outer()
print(gc.get_referents(inner.__closure__[0]))
class K:
    def m(self): pass
k = K()
bm = k.m
r = gc.get_referents(bm)
print(r[0] is K.__dict__['m'], r[1] is k, len(r))
print(gc.get_referents(slice(1, [2], 3)))
d = {'a': 1}
print(gc.get_referents(d.keys())[0] is d, gc.get_referents(d.items())[0] is d)
lst = [1, 2]
print(gc.get_referents(iter(lst))[0] is lst)
print(gc.get_referents([].append))
