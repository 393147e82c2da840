def f():
    [y := i * i for i in range(4)]
    return y
print(f())
total = 0
vals = [total := total + v for v in [1, 2, 3]]
print(vals, total)
def g():
    if any((hit := w).startswith('b') for w in ['apple', 'banana', 'cherry']):
        return hit
print(g())
print([last := n for n in range(3)], last)
