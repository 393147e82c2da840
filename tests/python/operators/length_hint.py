import operator
class H:
    def __length_hint__(self): return 7
class L:
    def __len__(self): return 3
    def __length_hint__(self): return 100
class NI:
    def __length_hint__(self): return NotImplemented
print(operator.length_hint(H()), operator.length_hint(L()), operator.length_hint(NI(), 5))
print(operator.length_hint(iter([1, 2, 3])), operator.length_hint(iter(range(10))), operator.length_hint(object(), 2))
class Bad:
    def __length_hint__(self): return -1
try:
    operator.length_hint(Bad())
except ValueError as e:
    print(e)
it = iter([1, 2, 3])
next(it)
print(it.__length_hint__(), list(it))
