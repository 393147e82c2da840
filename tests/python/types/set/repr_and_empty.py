print(set(), frozenset(), {1}, frozenset({1}), repr({'a'}), str({()}))
class S(set):
    pass
print(S([1]), repr(S()), type(S([1]) | {2}).__name__)
s = set()
print(s.__repr__(), bool(s), bool({0}))
