# Constant set displays: CPython builds the frozenset constant twice (compile, then constant merging), which decides the order.
print({'apple', 'banana', 'cherry'})
x = ['apple', 'banana', 'cherry']
print(set(x), frozenset(x))
s = set(); s.update(frozenset(x)); print(s)
print({*x})
print({'a','b','c','d','e','f'})
