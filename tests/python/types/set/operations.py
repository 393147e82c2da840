a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [9]), a.intersection(b, {4}), a.difference(b, {1}), a.symmetric_difference([4, 5, 6]))
print(a <= a, a < a, {1} < a, a > {1, 2}, a.issubset(range(10)), a.issuperset([1]), a.isdisjoint({7}), a == {4, 3, 2, 1})
try:
    a | [1]
except TypeError as e:
    print(e)
print(frozenset([1]) | {2}, type(frozenset([1]) | {2}).__name__, type({2} | frozenset([1])).__name__, {1} == frozenset([1]))
